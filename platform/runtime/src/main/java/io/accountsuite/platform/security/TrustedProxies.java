package io.accountsuite.platform.security;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;

import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import io.netty.util.NetUtil;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * The proxies an application believes about who the client is: the ingress in front of the gateway, the gateway in
 * front of the services. A request's client is its socket peer, unless the peer is a trusted proxy: then the
 * {@code X-Forwarded-For} chain is walked from the right, past every trusted proxy, and the first address no trusted
 * proxy stands for is the client (the only hop a client cannot forge; OWASP ASVS v5 6.3.1 depends on it). Addresses
 * are CIDR blocks ({@code 10.0.0.0/8}, {@code ::1/128}) or single addresses.
 */
public final class TrustedProxies {

    /** The header the gateway passes the client address it computed in, to the services behind it. */
    public static final String CLIENT_ADDRESS = "X-Client-Address";

    private static final int MAX_ADDRESS_LENGTH = 64;

    private final List<IpSubnetFilterRule> proxies;

    /**
     * @param proxies CIDR blocks or addresses, e.g. {@code 127.0.0.1/32,::1/128}; none trusts no proxy
     * @throws IllegalArgumentException for an entry that is no IP literal or CIDR block
     */
    public TrustedProxies(List<String> proxies) {
        this.proxies = proxies.stream().map(String::strip).filter(p -> !p.isEmpty()).map(TrustedProxies::block)
                .toList();
    }

    /** Whether the address (an IP literal, never resolved) belongs to a trusted proxy; anything else does not. */
    public boolean trusts(String address) {
        InetAddress ip = literal(address);
        return ip != null && proxies.stream().anyMatch(block -> block.matches(new InetSocketAddress(ip, 0)));
    }

    /** Netty's subnet rule, which reactor-netty brings anyway; Spring Security's matcher needs the Servlet API. */
    private static IpSubnetFilterRule block(String cidr) {
        int slash = cidr.indexOf('/');
        InetAddress ip = literal(slash < 0 ? cidr : cidr.substring(0, slash));
        if (ip == null) {
            throw new IllegalArgumentException("a trusted proxy must be an IP address or a CIDR block: " + cidr);
        }
        int prefix = slash < 0 ? (ip instanceof Inet4Address ? 32 : 128) : Integer.parseInt(cidr.substring(slash + 1));
        return new IpSubnetFilterRule(ip, prefix, IpFilterRuleType.ACCEPT);
    }

    private static InetAddress literal(String address) {
        if (address == null || address.isBlank() || address.length() > MAX_ADDRESS_LENGTH) {
            return null;
        }
        return NetUtil.createInetAddressFromIpAddressString(address.strip());
    }

    /** The request's socket peer, or {@code unknown}. */
    public static String peer(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }

    /** The client behind the {@code X-Forwarded-For} chain, as far as trusted proxies vouch for it. */
    public String clientOf(ServerHttpRequest request) {
        String client = peer(request);
        List<String> hops = request.getHeaders().getValuesAsList("X-Forwarded-For");
        for (int i = hops.size() - 1; i >= 0 && trusts(client); i--) {
            String hop = hops.get(i).strip();
            if (hop.isEmpty() || hop.length() > MAX_ADDRESS_LENGTH) {
                break;
            }
            client = hop;
        }
        return client;
    }

    /** The address the gateway passed in {@link #CLIENT_ADDRESS}, believed only from a trusted proxy. */
    public String passedClientOf(ServerHttpRequest request) {
        String peer = peer(request);
        String given = request.getHeaders().getFirst(CLIENT_ADDRESS);
        return given != null && !given.isBlank() && given.length() <= MAX_ADDRESS_LENGTH && trusts(peer)
                ? given.strip() : peer;
    }
}
