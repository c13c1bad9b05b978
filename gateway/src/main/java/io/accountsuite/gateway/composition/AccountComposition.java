package io.accountsuite.gateway.composition;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.accountsuite.gateway.backend.BillingClient;
import io.accountsuite.gateway.backend.BillingClient.Invoice;
import io.accountsuite.gateway.backend.Block;
import io.accountsuite.gateway.backend.DomainClient;
import io.accountsuite.gateway.backend.DomainClient.Entitlement;
import io.accountsuite.gateway.backend.IdentityClient;
import io.accountsuite.gateway.backend.MembershipClient;
import io.accountsuite.gateway.backend.MembershipClient.Membership;
import io.accountsuite.gateway.backend.SiteClient;
import io.accountsuite.gateway.backend.SiteClient.Site;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The account page in one answer: profile, membership, site, limits, billing address, invoices, domains and
 * templates, each a block that is ok, none or unavailable, plus the actions the caller may take now. One call a
 * service, all five at once (issue 17): each service answers its blocks for the caller together, so nothing waits
 * for the site's id. A backend that is down, slow or behind an open breaker costs only its own blocks.
 */
@Service
@RequiredArgsConstructor
public class AccountComposition {

    private static final TypeReference<List<Invoice>> INVOICES = new TypeReference<>() {
    };

    private final IdentityClient identity;
    private final MembershipClient memberships;
    private final BillingClient billing;
    private final SiteClient sites;
    private final DomainClient domains;
    private final CompositionProperties properties;
    private final JsonMapper json;

    /** The page for the caller whose access token is {@code token}; never fails, a block says what is missing. */
    public Mono<AccountPage> compose(String token) {
        Duration block = properties.blockTimeout();
        return Mono.zip(identity.profile(token, block), memberships.memberships(token, block).map(Block::firstItem),
                        sites.overview(token, block), billing.overview(token, block), domains.overview(token, block))
                .map(t -> {
                    Optional<Membership> membership = t.getT2().read(Membership.class, json);
                    SiteBlocks site = SiteBlocks.of(t.getT3(), membership, t.getT5(), json);
                    return page(t.getT1(), t.getT2(), membership, site, t.getT4());
                });
    }

    private AccountPage page(Block profile, Block membershipBlock, Optional<Membership> membership, SiteBlocks site,
                             Block billingOverview) {
        Block invoices = billingOverview.field("invoices");
        return new AccountPage(profile, membershipBlock, site.site(), site.site().field("limits"),
                billingOverview.field("address"), invoices, billingOverview.field("creditNotes"),
                billingOverview.field("accountCredit"), site.domains(), site.templates(),
                links(membership, invoices, site));
    }

    /**
     * The blocks of the page's site: the site of the membership the page shows (the first site when none is its,
     * as while a second membership awaits its site), its templates from site-service, and its domains and
     * entitlement from domain-service's entry for it. Without a site, every one of them says why (none or
     * unavailable). The site's fields the gateway reads are read once.
     */
    private record SiteBlocks(Block site, Optional<Site> read, Block templates, Block domains, Block entitlement) {

        static SiteBlocks of(Block siteOverview, Optional<Membership> membership, Block domainOverview,
                             JsonMapper json) {
            Block entry = membership.map(m -> siteOverview.item("site.membershipId", m.id())).filter(Block::isOk)
                    .orElseGet(siteOverview::firstItem);
            Block site = entry.field("site");
            Optional<Site> read = site.read(Site.class, json);
            if (read.isEmpty()) {
                Block same = site.withoutData();
                return new SiteBlocks(site, read, same, same, same);
            }
            Block domainsOfSite = domainOverview.item("siteId", read.get().id());
            return new SiteBlocks(site, read, entry.field("templates"), domainsOfSite.field("domains"),
                    domainsOfSite.field("entitlement"));
        }
    }

    private List<PageLinks.Link> links(Optional<Membership> membership, Block invoices, SiteBlocks site) {
        boolean domainAllowed = site.entitlement().read(Entitlement.class, json)
                .map(Entitlement::allowed).orElse(false);
        boolean templatesOffered = site.templates().isOk() && !((List<?>) site.templates().data()).isEmpty();
        List<Invoice> payable = invoices.isOk() ? json.convertValue(invoices.data(), INVOICES) : List.of();
        return PageLinks.offered(membership, site.read(), payable, domainAllowed, templatesOffered);
    }
}
