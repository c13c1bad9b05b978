package io.accountsuite.platform.security;

import java.net.InetSocketAddress;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

class TrustedProxiesTest {

    /** The ingress's pod network and the loopback. */
    private final TrustedProxies proxies = new TrustedProxies(List.of("10.1.0.0/16", "127.0.0.1/32", "::1/128"));

    @Test
    void the_client_is_the_first_hop_from_the_right_that_no_trusted_proxy_stands_for() {
        assertThat(proxies.clientOf(from("10.1.2.3", "203.0.113.7"))).isEqualTo("203.0.113.7");
        assertThat(proxies.clientOf(from("10.1.2.3", "198.51.100.1, 203.0.113.7")))
                .as("what the client wrote itself comes first and is not believed").isEqualTo("203.0.113.7");
        assertThat(proxies.clientOf(from("10.1.2.3", "203.0.113.7, 10.1.9.9"))).as("two proxies deep")
                .isEqualTo("203.0.113.7");
        assertThat(proxies.clientOf(from("10.1.2.3", null))).isEqualTo("10.1.2.3");
    }

    @Test
    void a_client_talking_to_the_application_directly_cannot_choose_its_address() {
        assertThat(proxies.clientOf(from("198.51.100.9", "203.0.113.7"))).isEqualTo("198.51.100.9");
        assertThat(proxies.passedClientOf(passed("198.51.100.9", "203.0.113.7"))).isEqualTo("198.51.100.9");
    }

    @Test
    void the_gateways_client_address_is_believed_from_a_trusted_peer_only() {
        assertThat(proxies.passedClientOf(passed("10.1.2.3", "203.0.113.7"))).isEqualTo("203.0.113.7");
        assertThat(proxies.passedClientOf(passed("10.1.2.3", null))).isEqualTo("10.1.2.3");
        assertThat(proxies.passedClientOf(passed("10.1.2.3", "x".repeat(65)))).as("too long to be an address")
                .isEqualTo("10.1.2.3");
    }

    @Test
    void only_ip_literals_in_the_configured_blocks_are_trusted() {
        assertThat(proxies.trusts("10.1.255.255")).isTrue();
        assertThat(proxies.trusts("10.2.0.1")).isFalse();
        assertThat(proxies.trusts("::1")).isTrue();
        assertThat(proxies.trusts("localhost")).as("never resolved").isFalse();
        assertThat(proxies.trusts("")).isFalse();
        assertThat(new TrustedProxies(List.of()).trusts("127.0.0.1")).isFalse();
    }

    private static MockServerHttpRequest from(String peer, String forwardedFor) {
        var request = MockServerHttpRequest.post("/api/auth/login").remoteAddress(new InetSocketAddress(peer, 40000));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return request.build();
    }

    private static MockServerHttpRequest passed(String peer, String clientAddress) {
        var request = MockServerHttpRequest.post("/api/auth/login").remoteAddress(new InetSocketAddress(peer, 40000));
        if (clientAddress != null) {
            request.header(TrustedProxies.CLIENT_ADDRESS, clientAddress);
        }
        return request.build();
    }
}
