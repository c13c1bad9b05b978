package io.accountsuite.gateway.security;

import lombok.RequiredArgsConstructor;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Services take bearer tokens only: a request authenticated by the page's cookie is forwarded with the token in
 * {@code Authorization}, and the browser's cookies stay at the gateway.
 */
@Component
@RequiredArgsConstructor
class TokenRelay implements GlobalFilter, Ordered {

    private final TokenCookies cookies;

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        boolean bearer = CookieOrHeaderBearerToken.carriesBearer(exchange.getRequest());
        String token = bearer ? null : cookies.accessToken(exchange).orElse(null);
        ServerWebExchange relayed = exchange.mutate().request(request -> request.headers(headers -> {
            headers.remove(HttpHeaders.COOKIE);
            if (!bearer) {
                headers.remove(HttpHeaders.AUTHORIZATION);
            }
            if (token != null) {
                headers.setBearerAuth(token);
            }
        })).build();
        return chain.filter(relayed);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
