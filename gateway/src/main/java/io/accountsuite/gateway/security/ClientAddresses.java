package io.accountsuite.gateway.security;

import java.net.InetSocketAddress;

import org.springframework.web.server.ServerWebExchange;

/** The address the gateway sees the browser at, passed on to identity-service for throttling. */
public final class ClientAddresses {

    private ClientAddresses() {
    }

    public static String of(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }
}
