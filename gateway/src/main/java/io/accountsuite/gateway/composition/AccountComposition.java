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
 * templates, each a block that is ok, none or unavailable, plus the actions the caller may take now. Independent
 * blocks are fetched in parallel; domains and templates need the site's id and get what is left of the page's
 * budget. A backend that is down, slow or behind an open breaker costs only its own blocks.
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
        long start = System.nanoTime();
        Duration block = properties.blockTimeout();
        return Mono.zip(
                        identity.profile(token, block),
                        memberships.memberships(token, block).map(Block::firstItem),
                        sites.sites(token, block).map(Block::firstItem),
                        billing.address(token, block),
                        billing.invoices(token, block),
                        billing.creditNotes(token, block),
                        billing.accountCredit(token, block))
                .flatMap(t -> siteBlocks(t.getT3(), token, start).map(site -> new AccountPage(t.getT1(), t.getT2(),
                        t.getT3(), t.getT3().field("limits"), t.getT4(), t.getT5(), t.getT6(), t.getT7(),
                        site.domains(), site.templates(), links(t.getT2(), t.getT5(), site))));
    }

    /**
     * What needs the site's id: its domains, whether it may add one, and the templates it may switch to; with the
     * site's fields the gateway reads, read once.
     */
    private record SiteBlocks(Optional<Site> site, Block domains, Block domainEntitlement, Block templates) {
    }

    private Mono<SiteBlocks> siteBlocks(Block siteBlock, String token, long start) {
        Optional<Site> site = siteBlock.read(Site.class, json);
        if (site.isEmpty()) {
            Block same = siteBlock.withoutData();
            return Mono.just(new SiteBlocks(site, same, same, same));
        }
        String id = site.get().id();
        Duration left = properties.pageBudget().minusNanos(System.nanoTime() - start);
        Duration timeout = left.compareTo(properties.blockTimeout()) < 0 ? left : properties.blockTimeout();
        return Mono.zip(domains.domains(token, timeout, id), domains.entitlement(token, timeout, id),
                        sites.templates(token, timeout, id))
                .map(t -> new SiteBlocks(site, t.getT1(), t.getT2(), t.getT3()));
    }

    private List<PageLinks.Link> links(Block membership, Block invoices, SiteBlocks siteBlocks) {
        boolean domainAllowed = siteBlocks.domainEntitlement().read(Entitlement.class, json)
                .map(Entitlement::allowed).orElse(false);
        boolean templatesOffered = siteBlocks.templates().isOk()
                && !((List<?>) siteBlocks.templates().data()).isEmpty();
        List<Invoice> payable = invoices.isOk() ? json.convertValue(invoices.data(), INVOICES) : List.of();
        return PageLinks.offered(membership.read(Membership.class, json), siteBlocks.site(), payable, domainAllowed,
                templatesOffered);
    }
}
