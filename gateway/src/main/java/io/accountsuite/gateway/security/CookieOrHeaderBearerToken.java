package io.accountsuite.gateway.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** API clients send {@code Authorization: Bearer}; the web page sends the access-token cookie. */
class CookieOrHeaderBearerToken implements ServerAuthenticationConverter {

    private final ServerBearerTokenAuthenticationConverter header = new ServerBearerTokenAuthenticationConverter();
    private final TokenCookies cookies;

    CookieOrHeaderBearerToken(TokenCookies cookies) {
        this.cookies = cookies;
    }

    @Override
    public Mono<Authentication> convert(ServerWebExchange exchange) {
        return header.convert(exchange)
                .switchIfEmpty(Mono.defer(() -> Mono.justOrEmpty(cookies.accessToken(exchange))
                        .map(BearerTokenAuthenticationToken::new)));
    }
}
