package io.accountsuite.gateway.security;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * API clients send {@code Authorization: Bearer}; the web page sends the access-token cookie. Whether a request
 * carries its own bearer token ({@link #carriesBearer}) decides everything else the cookie implies: CSRF protection,
 * the cookie refresh and what is relayed to the services. Any other {@code Authorization} scheme counts for nothing.
 */
@RequiredArgsConstructor
class CookieOrHeaderBearerToken implements ServerAuthenticationConverter {

    private static final String BEARER = "Bearer ";

    private final ServerBearerTokenAuthenticationConverter header = new ServerBearerTokenAuthenticationConverter();
    private final TokenCookies cookies;

    /** Whether the request authenticates with its own {@code Authorization: Bearer} header (RFC 6750 2.1). */
    static boolean carriesBearer(ServerHttpRequest request) {
        String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length());
    }

    @Override
    public Mono<Authentication> convert(ServerWebExchange exchange) {
        return header.convert(exchange)
                .switchIfEmpty(Mono.defer(() -> Mono.justOrEmpty(cookies.accessToken(exchange))
                        .map(BearerTokenAuthenticationToken::new)));
    }
}
