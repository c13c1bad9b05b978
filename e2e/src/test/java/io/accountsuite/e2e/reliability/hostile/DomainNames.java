package io.accountsuite.e2e.reliability.hostile;

import net.jqwik.api.Arbitraries;

import io.accountsuite.e2e.reliability.hostile.Endpoint.Field;
import io.accountsuite.e2e.reliability.hostile.PublicApi.Facts;

/**
 * A custom domain's name as domain-service refuses it (README "Custom domains in short"): empty, an IP literal,
 * {@code localhost}, one label, a bare public suffix, under the network's domain, labels empty, too long or with
 * characters IDNA refuses (an RTL override among them), over 253 characters, a URL or an address instead of a name.
 * Its baseline is the owner's own domain, already taken (409).
 */
final class DomainNames {

    private DomainNames() {
    }

    static Field field(Facts facts) {
        String network = String.valueOf(facts.settings().get("networkDomain"));
        return new Field("domain", facts.domainName(), Arbitraries.oneOf(
                Arbitraries.of("", " ", "localhost", "127.0.0.1", "[::1]", "::1", "com", "co.uk", "example",
                        "a..example.com", "-a.example.com", "a-.example.com", "x".repeat(64) + ".com",
                        "<script>.com", "' OR 1=1 --", "exa mple.com", "exa\u0000mple.com", "\u202Eexample.com",
                        "*.example.com", "http://example.com", "example.com/path", "user@example.com",
                        "shop." + network, network, "a.b".repeat(100) + ".com", "example.com\n", "\uD800.com")
                        .map(s -> (Object) s),
                HostileValues.longerThan(253).map(s -> (Object) (s + ".com")),
                Arbitraries.of(HostileValues.SQL).map(s -> (Object) s),
                HostileValues.notText()), true);
    }
}
