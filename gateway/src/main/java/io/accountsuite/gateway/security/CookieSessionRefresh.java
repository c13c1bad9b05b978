package io.accountsuite.gateway.security;

import java.text.ParseException;
import java.time.Instant;
import java.util.Date;

import com.nimbusds.jwt.JWTParser;
import io.accountsuite.gateway.backend.IdentityClient;
import io.accountsuite.platform.security.TrustedProxies;
import lombok.RequiredArgsConstructor;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Keeps the web page signed in: when the access-token cookie is missing or about to expire and a refresh cookie is
 * there, the gateway rotates the pair with identity-service before handling the request. A refused refresh clears
 * both cookies (the session ended); identity being down or failing leaves them, and the request goes on without a
 * refresh. API clients with their own bearer token are left alone.
 */
@RequiredArgsConstructor
class CookieSessionRefresh implements WebFilter {

    private static final long MARGIN_SECONDS = 30;

    private final TokenCookies cookies;
    private final IdentityClient identity;
    private final TrustedProxies proxies;

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (CookieOrHeaderBearerToken.carriesBearer(exchange.getRequest())) {
            return chain.filter(exchange);
        }
        String refresh = cookies.refreshToken(exchange).orElse(null);
        boolean fresh = cookies.accessToken(exchange).map(CookieSessionRefresh::stillFresh).orElse(false);
        if (refresh == null || fresh) {
            return chain.filter(exchange);
        }
        return identity.refresh(refresh, proxies.clientOf(exchange.getRequest()))
                .doOnNext(t -> cookies.store(exchange, t.accessToken(), t.refreshToken(), t.expiresIn()))
                .onErrorResume(failure -> {
                    // Refused: the session ended. Unreachable or failing: keep the cookies for when identity is
                    // back; the page renders meanwhile, signed out if the access token has expired.
                    if (failure instanceof WebClientResponseException refused
                            && refused.getStatusCode().is4xxClientError()) {
                        cookies.clear(exchange);
                    }
                    return Mono.empty();
                })
                .then(chain.filter(exchange));
    }

    private static boolean stillFresh(String token) {
        try {
            Date expires = JWTParser.parse(token).getJWTClaimsSet().getExpirationTime();
            return expires != null && expires.toInstant().isAfter(Instant.now().plusSeconds(MARGIN_SECONDS));
        } catch (ParseException e) {
            return false;
        }
    }
}
