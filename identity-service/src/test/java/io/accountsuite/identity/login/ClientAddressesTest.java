package io.accountsuite.identity.login;

import java.net.InetSocketAddress;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressesTest {

    private final ClientAddresses addresses = new ClientAddresses("10\\.1\\..*");

    @Test
    void the_gateways_client_address_is_believed_from_a_trusted_peer_only() {
        assertThat(addresses.of(from("10.1.2.3", "203.0.113.7"))).isEqualTo("203.0.113.7");
        assertThat(addresses.of(from("198.51.100.9", "203.0.113.7"))).as("a client choosing its own bucket")
                .isEqualTo("198.51.100.9");
        assertThat(addresses.of(from("10.1.2.3", null))).isEqualTo("10.1.2.3");
    }

    private static MockServerHttpRequest from(String peer, String clientAddress) {
        var request = MockServerHttpRequest.post("/api/auth/login")
                .remoteAddress(new InetSocketAddress(peer, 40000));
        if (clientAddress != null) {
            request.header(ClientAddresses.HEADER, clientAddress);
        }
        return request.build();
    }
}
