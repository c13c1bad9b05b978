package io.accountsuite.gateway.security;

import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * POST /api/account/password through the gateway: an API client gets identity's answer unchanged (the fresh token
 * pair in the body); a cookie session also gets the pair in its cookies ({@link PasswordChange}).
 */
@RestController
@RequiredArgsConstructor
class PasswordChangeRelay {

    private final PasswordChange passwords;

    /**
     * Changes the caller's password through the gateway, relaying identity-service's answer.
     *
     * An API client gets identity's answer unchanged (the fresh token pair in the body); a cookie session also gets the
     * pair in its cookies. Identity's description of {@code POST /api/account/password} is the one published.
     */
    @PostMapping("/api/account/password")
    Mono<ResponseEntity<byte[]>> change(@RequestBody Map<String, Object> body, @AuthenticationPrincipal Jwt caller,
                                        ServerWebExchange exchange) {
        boolean cookieSession = !exchange.getRequest().getHeaders().containsHeader("Authorization");
        return passwords.change(exchange, caller.getTokenValue(), body, cookieSession);
    }
}
