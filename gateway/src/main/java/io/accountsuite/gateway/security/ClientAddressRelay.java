package io.accountsuite.gateway.security;

import io.accountsuite.platform.security.TrustedProxies;
import lombok.RequiredArgsConstructor;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Tells the services who the client is: the one address the gateway computed past its trusted proxies
 * ({@code TRUSTED_PROXIES}, the ingress), in {@code X-Client-Address}, replacing whatever the client sent in that
 * header. The services believe it only from the gateway (their own {@code TRUSTED_PROXIES}); identity-service
 * throttles sign-ins and registrations by it.
 */
@Component
@RequiredArgsConstructor
class ClientAddressRelay implements GlobalFilter, Ordered {

    private final TrustedProxies proxies;

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        String client = proxies.clientOf(exchange.getRequest());
        return chain.filter(exchange.mutate().request(request -> request.headers(headers ->
                headers.set(TrustedProxies.CLIENT_ADDRESS, client))).build());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
