package io.accountsuite.gateway.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.accountsuite.gateway.backend.Block;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Visit Site" on the account page, as the original offers it: where the site answers and its primary domain. The
 * link leads to the primary custom domain once it is active (https when it is secure, else http), otherwise to the
 * site's address on the network (https).
 *
 * @param url           the link's target, {@code https://ann.sites.example} or {@code https://xn--caf-dma.example}
 * @param primaryDomain the primary custom domain as people read it (Unicode), null when the site has none or its
 *                      domains cannot be read now
 * @param primaryActive whether that domain already serves the site ({@link #ACTIVE_STAGES})
 */
public record VisitSite(String url, @Nullable String primaryDomain, boolean primaryActive) {

    /**
     * The stages in which a domain serves its site: verification ended with DNS pointing at the network (SPEC
     * "Custom domains": done, or done-without-ssl where the network allows plain HTTP).
     */
    public static final Set<String> ACTIVE_STAGES = Set.of("done", "done-without-ssl");

    private static final TypeReference<List<DomainFlags>> DOMAINS = new TypeReference<>() {
    };

    /** The fields of domain-service's domain view this link reads; a flag it leaves out counts as false. */
    record DomainFlags(String domain, String displayName, @Nullable Boolean primary, String stage,
                       @Nullable Boolean secure) {
        boolean isPrimary() {
            return Boolean.TRUE.equals(primary);
        }

        boolean isSecure() {
            return Boolean.TRUE.equals(secure);
        }
    }

    private record SiteAddress(String address) {
    }

    /** The link for the page's site; empty when the page shows no site (none, or site-service unavailable). */
    public static Optional<VisitSite> of(Block site, Block domains, JsonMapper json) {
        Optional<String> address = site.read(SiteAddress.class, json).map(SiteAddress::address);
        if (address.isEmpty()) {
            return Optional.empty();
        }
        Optional<DomainFlags> primary = domains.isOk()
                ? json.convertValue(domains.data(), DOMAINS).stream().filter(DomainFlags::isPrimary).findFirst()
                : Optional.empty();
        boolean active = primary.map(d -> ACTIVE_STAGES.contains(d.stage())).orElse(false);
        String url = active ? (primary.get().isSecure() ? "https://" : "http://") + primary.get().domain()
                : "https://" + address.get();
        return Optional.of(new VisitSite(url, primary.map(DomainFlags::displayName).orElse(null), active));
    }
}
