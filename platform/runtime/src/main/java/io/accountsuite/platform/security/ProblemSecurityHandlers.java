package io.accountsuite.platform.security;

import io.accountsuite.platform.problem.Message;
import io.accountsuite.platform.problem.ProblemResponses;
import io.accountsuite.platform.problem.ProblemType;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.csrf.CsrfException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * 401 and 403 from the security filter chain, and 400 for a request its firewall rejects (an encoded slash or NUL
 * in the path, a malformed header), in the same problem+json shape as every other error.
 */
@RequiredArgsConstructor
public class ProblemSecurityHandlers implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler,
        ServerExchangeRejectedHandler {

    /** A write on the cookie session without a valid CSRF token (OWASP ASVS v5 3.5.1). */
    public static final ProblemType CSRF_TOKEN_INVALID = new ProblemType("csrf-token-invalid", HttpStatus.FORBIDDEN,
            "The request's CSRF token is missing or wrong");

    private final ProblemResponses responses;

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
        exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer");
        return responses.write(exchange, ProblemType.UNAUTHENTICATED.problem(Message.of("platform.token-required")));
    }

    /** A missing role, or (on the gateway's cookie session) a missing or stale CSRF token, told apart. */
    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        if (denied instanceof CsrfException) {
            return responses.write(exchange, CSRF_TOKEN_INVALID.problem(Message.of("platform.csrf-token-invalid")));
        }
        return responses.write(exchange, ProblemType.FORBIDDEN.problem(Message.of("platform.role-missing")));
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
        return responses.write(exchange,
                ProblemType.MALFORMED_REQUEST.problem(Message.of("platform.characters-refused")));
    }
}
