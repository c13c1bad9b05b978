package io.accountsuite.gateway.security;

import java.util.Map;
import java.util.Optional;

import io.accountsuite.gateway.backend.IdentityClient;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A password change ends every session of the customer, the caller's included; identity answers the caller a
 * fresh token pair. For the web page the gateway puts that pair in the session cookies, so the page that changed
 * the password stays signed in while every other browser is signed out.
 */
@Component
@RequiredArgsConstructor
public class PasswordChange {

    private final IdentityClient identity;
    private final TokenCookies cookies;
    private final JsonMapper json;

    /** Identity's answer, as it gave it; when it succeeded and {@code keepPageSignedIn}, the cookies are renewed. */
    public Mono<ResponseEntity<byte[]>> change(ServerWebExchange exchange, String token, Map<String, ?> body,
                                               boolean keepPageSignedIn) {
        return identity.changePassword(token, body)
                .doOnNext(answer -> {
                    if (keepPageSignedIn && answer.getStatusCode().is2xxSuccessful()) {
                        freshPair(answer.getBody()).ifPresent(tokens -> cookies.store(exchange,
                                tokens.accessToken(), tokens.refreshToken(), tokens.expiresIn()));
                    }
                });
    }

    /** The pair identity answered; without one the page's session simply ends with the others. */
    private Optional<IdentityClient.Tokens> freshPair(byte[] body) {
        try {
            return Optional.ofNullable(body).map(bytes -> json.readValue(bytes, IdentityClient.Tokens.class))
                    .filter(tokens -> tokens.accessToken() != null && tokens.refreshToken() != null);
        } catch (JacksonException unreadable) {
            return Optional.empty();
        }
    }
}
