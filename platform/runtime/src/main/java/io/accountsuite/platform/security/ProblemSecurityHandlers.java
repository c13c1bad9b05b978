package io.accountsuite.platform.security;

import io.accountsuite.platform.problem.ProblemResponses;
import io.accountsuite.platform.problem.ProblemType;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * 401 and 403 from the security filter chain, and 400 for a request its firewall rejects (an encoded slash or NUL
 * in the path, a malformed header), in the same problem+json shape as every other error.
 */
@RequiredArgsConstructor
public class ProblemSecurityHandlers implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler,
        ServerExchangeRejectedHandler {

    private final ProblemResponses responses;

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
        exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer");
        return responses.write(exchange, ProblemType.UNAUTHENTICATED.problem("A valid access token is required"));
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return responses.write(exchange, ProblemType.FORBIDDEN.problem("This action needs a role you do not have"));
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
        return responses.write(exchange, ProblemType.MALFORMED_REQUEST.problem(
                "The request's address or headers contain characters that are not accepted"));
    }
}
