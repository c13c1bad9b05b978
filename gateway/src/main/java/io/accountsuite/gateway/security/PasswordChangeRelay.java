package io.accountsuite.gateway.security;

import java.util.Map;
import java.util.Optional;

import io.accountsuite.gateway.composition.Backends;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * POST /api/account/password through the gateway. A password change ends every session of the customer, the
 * caller's included; identity answers the caller a fresh token pair. An API client takes it from the body; for
 * the web page the gateway puts it in the session cookies, so the page that changed the password stays signed in
 * while every other browser is signed out.
 */
@RestController
class PasswordChangeRelay {

    private final Backends backends;
    private final TokenCookies cookies;
    private final JsonMapper json;

    PasswordChangeRelay(Backends backends, TokenCookies cookies, JsonMapper json) {
        this.backends = backends;
        this.cookies = cookies;
        this.json = json;
    }

    @PostMapping("/api/account/password")
    Mono<ResponseEntity<byte[]>> change(@RequestBody Map<String, Object> body, @AuthenticationPrincipal Jwt caller,
                                        ServerWebExchange exchange) {
        boolean cookieSession = !exchange.getRequest().getHeaders().containsHeader("Authorization");
        return backends.relay("identity", HttpMethod.POST, "/api/account/password", caller.getTokenValue(), body)
                .doOnNext(answer -> {
                    if (cookieSession && answer.getStatusCode().is2xxSuccessful()) {
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
