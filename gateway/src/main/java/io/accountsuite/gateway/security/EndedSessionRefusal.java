package io.accountsuite.gateway.security;

import java.net.URI;
import java.util.List;

import io.accountsuite.platform.problem.ProblemResponses;
import io.accountsuite.platform.security.sessions.EndedSessionFilter;
import io.accountsuite.platform.security.sessions.SessionRevocations;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The gateway's {@link EndedSessionFilter}: for a token whose session ended (signed out, refresh token replayed,
 * password changed, account deleted) the API answers 401, and a page clears the cookies and sends the browser to the
 * sign-in page, which says the session ended. The API leaves the cookies, so that the open page's next navigation
 * (the page goes there as soon as its live stream is refused) can still say why. The deletion's status stays
 * readable with the token that asked for it.
 */
class EndedSessionRefusal extends EndedSessionFilter {

    static final String DELETION_STATUS = "/api/account/deletion";

    private final TokenCookies cookies;

    EndedSessionRefusal(SessionRevocations revocations, ProblemResponses problems, TokenCookies cookies) {
        super(revocations, problems, List.of("GET " + DELETION_STATUS));
        this.cookies = cookies;
    }

    @Override
    protected Mono<Void> refuse(ServerWebExchange exchange) {
        if (exchange.getRequest().getPath().value().startsWith("/api/")) {
            return super.refuse(exchange);
        }
        cookies.clear(exchange);
        exchange.getResponse().setStatusCode(HttpStatus.SEE_OTHER);
        exchange.getResponse().getHeaders().setLocation(URI.create("/login?ended"));
        return exchange.getResponse().setComplete();
    }
}
