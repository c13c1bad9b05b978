package io.accountsuite.platform.security.sessions;

import java.util.List;
import java.util.UUID;

import io.accountsuite.platform.problem.Message;
import io.accountsuite.platform.problem.ProblemResponses;
import io.accountsuite.platform.problem.ProblemType;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses (401) an access token issued before its customer's session cut-off or belonging to a revoked session
 * ({@code sid}), in every service, not only at the gateway. {@code exempt} lists requests ("GET /path") an ended
 * session may still make: the account deletion's status, readable with the token that asked for it. The gateway
 * answers the refusal its own way ({@link #refuse}).
 */
public class EndedSessionFilter implements WebFilter {

    private final SessionRevocations revocations;
    private final ProblemResponses problems;
    private final List<String> exempt;

    public EndedSessionFilter(SessionRevocations revocations, ProblemResponses problems, List<String> exempt) {
        this.revocations = revocations;
        this.problems = problems;
        this.exempt = List.copyOf(exempt);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return ReactiveSecurityContextHolder.getContext()
                .map(context -> context.getAuthentication())
                .filter(JwtAuthenticationToken.class::isInstance)
                .cast(JwtAuthenticationToken.class)
                .map(token -> !isExempt(exchange) && ended(revocations, token))
                .defaultIfEmpty(false)
                .flatMap(ended -> ended ? refuse(exchange) : chain.filter(exchange));
    }

    /** Answers a request whose token's session ended: a 401 problem. */
    protected Mono<Void> refuse(ServerWebExchange exchange) {
        return problems.write(exchange, ProblemType.UNAUTHENTICATED.problem(Message.of("platform.session-ended")));
    }

    /** Whether the token's session ended: issued before the customer's cut-off, or revoked one by one. */
    public static boolean ended(SessionRevocations revocations, JwtAuthenticationToken token) {
        String sid = token.getToken().getClaimAsString("sid");
        return revocations.isCutOff(UUID.fromString(token.getName()), token.getToken().getIssuedAt())
                || sid != null && revocations.isRevoked(parse(sid));
    }

    private boolean isExempt(ServerWebExchange exchange) {
        String request = exchange.getRequest().getMethod().name() + " " + exchange.getRequest().getPath().value();
        return exempt.contains(request);
    }

    private static UUID parse(String sid) {
        try {
            return UUID.fromString(sid);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
