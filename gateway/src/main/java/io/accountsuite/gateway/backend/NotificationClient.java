package io.accountsuite.gateway.backend;

import java.time.Duration;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** notification-service as the gateway uses it: the network's sender settings, and the verification page. */
@Component
@RequiredArgsConstructor
public class NotificationClient {

    private static final String SETTINGS = "/api/admin/settings/notifications";

    private final Backends backends;

    /** {@code {senderName, senderAddress}}: who the network's mails come from. */
    public Mono<Block> settings(String token, Duration timeout) {
        return backends.get(Backend.NOTIFICATION, token, timeout, SETTINGS);
    }

    public Mono<ResponseEntity<byte[]>> saveSettings(String token, Object settings) {
        return backends.relay(Backend.NOTIFICATION, HttpMethod.PUT, token, settings, SETTINGS);
    }

    /**
     * POST /api/account/email/verification with the link's token, anonymously (the token is the proof): 200
     * {@code {status, purpose}}, or 400 {@code invalid-verification-link}.
     */
    public Mono<ResponseEntity<byte[]>> verify(String token) {
        return backends.relay(Backend.NOTIFICATION, HttpMethod.POST, null, Map.of("token", token),
                "/api/account/email/verification");
    }
}
