package io.accountsuite.identity.login;

import java.net.InetSocketAddress;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;

/**
 * The client address that throttling counts by. The gateway computes it (from its own peer, or from the
 * {@code X-Forwarded-For} chain past its trusted proxies) and passes it as {@code X-Client-Address}; that header is
 * believed only from a peer matching {@code identity.trusted-proxies} (a Java regular expression over the peer's IP;
 * loopback by default, the gateway's pod network in Kubernetes). From anyone else, the peer's own address counts, so
 * a client cannot choose its bucket.
 */
@Component
public class ClientAddresses {

    public static final String HEADER = "X-Client-Address";

    private final Pattern trusted;

    public ClientAddresses(@Value("${identity.trusted-proxies:127\\.0\\.0\\.1|0:0:0:0:0:0:0:1|::1}") String trusted) {
        this.trusted = Pattern.compile(trusted);
    }

    public String of(ServerHttpRequest request) {
        String peer = peer(request);
        String given = request.getHeaders().getFirst(HEADER);
        return given != null && !given.isBlank() && given.length() <= 64 && trusted.matcher(peer).matches()
                ? given.strip() : peer;
    }

    private static String peer(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }
}
