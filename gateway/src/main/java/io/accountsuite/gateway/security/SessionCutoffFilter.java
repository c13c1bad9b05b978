package io.accountsuite.gateway.security;

import java.util.UUID;

import io.accountsuite.gateway.session.SessionCutoffs;
import io.accountsuite.platform.problem.ProblemResponses;
import io.accountsuite.platform.problem.ProblemType;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses access tokens issued before the customer's session cut-off (a password change or an account deletion
 * ended that session). The one exception: the deletion's status stays readable with the token that asked for it.
 */
class SessionCutoffFilter implements WebFilter {

    static final String DELETION_STATUS = "/api/account/deletion";

    private final SessionCutoffs cutoffs;
    private final ProblemResponses problems;
    private final TokenCookies cookies;

    SessionCutoffFilter(SessionCutoffs cutoffs, ProblemResponses problems, TokenCookies cookies) {
        this.cutoffs = cutoffs;
        this.problems = problems;
        this.cookies = cookies;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return ReactiveSecurityContextHolder.getContext()
                .map(context -> context.getAuthentication())
                .filter(JwtAuthenticationToken.class::isInstance)
                .cast(JwtAuthenticationToken.class)
                .map(token -> !isDeletionStatus(exchange) && cutoffs.isCutOff(
                        UUID.fromString(token.getName()), token.getToken().getIssuedAt()))
                .defaultIfEmpty(false)
                .flatMap(ended -> ended ? refuse(exchange) : chain.filter(exchange));
    }

    private Mono<Void> refuse(ServerWebExchange exchange) {
        cookies.clear(exchange);
        if (exchange.getRequest().getPath().value().startsWith("/api/")) {
            return problems.write(exchange,
                    ProblemType.UNAUTHENTICATED.problem("This session has ended; sign in again"));
        }
        exchange.getResponse().setStatusCode(org.springframework.http.HttpStatus.SEE_OTHER);
        exchange.getResponse().getHeaders().setLocation(java.net.URI.create("/login?ended"));
        return exchange.getResponse().setComplete();
    }

    private static boolean isDeletionStatus(ServerWebExchange exchange) {
        return exchange.getRequest().getMethod() == HttpMethod.GET
                && DELETION_STATUS.equals(exchange.getRequest().getPath().value());
    }
}
