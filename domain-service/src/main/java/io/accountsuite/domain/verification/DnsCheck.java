package io.accountsuite.domain.verification;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.ExtendedResolver;
import org.xbill.DNS.Lookup;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * The DNS stage: a domain passes when its CNAME chain reaches the network's domain, or its A/AAAA record is the
 * network's address. Asks the configured resolvers ({@code domain.dns.resolvers}, host:port), or the system's.
 */
@Component
public class DnsCheck {

    private static final int MAX_CNAME_HOPS = 8;

    /** What the check saw: e.g. "CNAME shop.example.net, A 203.0.113.9". */
    public record Result(boolean passed, String found, String resolver) {
    }

    private final Resolver resolver;
    private final String resolverName;

    public DnsCheck(CheckSettings settings) {
        List<String> resolvers = settings.dns().resolvers();
        if (resolvers.isEmpty() || resolvers.stream().allMatch(String::isBlank)) {
            this.resolver = new ExtendedResolver();
            this.resolverName = "system resolvers";
        } else {
            List<Resolver> chosen = new ArrayList<>();
            for (String address : resolvers) {
                String[] hostPort = address.strip().split(":");
                chosen.add(new SimpleResolver(new InetSocketAddress(hostPort[0],
                        hostPort.length > 1 ? Integer.parseInt(hostPort[1]) : 53)));
            }
            this.resolver = chosen.size() == 1 ? chosen.get(0) : new ExtendedResolver(chosen);
            this.resolverName = String.join(", ", resolvers);
        }
        this.resolver.setTimeout(Duration.ofSeconds(3));
    }

    public Result check(String name, String networkDomain, String networkIpv4, String networkIpv6) {
        List<String> found = new ArrayList<>();
        String current = name;
        for (int hop = 0; hop < MAX_CNAME_HOPS; hop++) {
            Record[] cnames = lookup(current, Type.CNAME);
            if (cnames.length == 0) {
                break;
            }
            current = ((CNAMERecord) cnames[0]).getTarget().toString(true).toLowerCase(Locale.ROOT);
            found.add("CNAME " + current);
            if (current.equals(networkDomain.toLowerCase(Locale.ROOT))) {
                return new Result(true, String.join(", ", found), resolverName);
            }
        }
        boolean passed = false;
        for (Record record : lookup(current, Type.A)) {
            String address = ((ARecord) record).getAddress().getHostAddress();
            found.add("A " + address);
            passed |= address.equals(networkIpv4);
        }
        for (Record record : lookup(current, Type.AAAA)) {
            String address = ((AAAARecord) record).getAddress().getHostAddress();
            found.add("AAAA " + address);
            passed |= networkIpv6 != null && address.equalsIgnoreCase(networkIpv6);
        }
        return new Result(passed, found.isEmpty() ? "no CNAME, A or AAAA record" : String.join(", ", found),
                resolverName);
    }

    private Record[] lookup(String name, int type) {
        try {
            Lookup lookup = new Lookup(Name.fromString(name + "."), type);
            lookup.setResolver(resolver);
            lookup.setCache(null);
            Record[] answers = lookup.run();
            return answers == null ? new Record[0] : answers;
        } catch (TextParseException e) {
            return new Record[0];
        }
    }
}
