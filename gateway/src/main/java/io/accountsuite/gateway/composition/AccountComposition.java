package io.accountsuite.gateway.composition;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The account page in one answer: profile, membership, site, limits, billing address, invoices, domains and
 * templates, each a block that is ok, none or unavailable, plus the actions the caller may take now. Independent
 * blocks are fetched in parallel; domains and templates need the site's id and get what is left of the page's
 * budget. A backend that is down, slow or behind an open breaker costs only its own blocks.
 */
@Service
public class AccountComposition {

    /** Statuses a customer may change from (a pending membership is paid or cancelled first). */
    private static final Set<String> CHANGEABLE = Set.of("active", "trialing", "on-hold", "expired");
    private static final Set<String> CANCELLABLE = Set.of("pending", "active", "trialing", "on-hold");

    private final Backends backends;
    private final CompositionProperties properties;

    public AccountComposition(Backends backends, CompositionProperties properties) {
        this.backends = backends;
        this.properties = properties;
    }

    public Mono<Map<String, Object>> compose(String token) {
        long start = System.nanoTime();
        Duration block = properties.blockTimeout();
        return Mono.zip(
                        backends.get("identity", "/api/account/profile", token, block),
                        backends.get("membership", "/api/memberships", token, block).map(AccountComposition::first),
                        backends.get("site", "/api/sites", token, block).map(AccountComposition::first),
                        backends.get("billing", "/api/billing/address", token, block),
                        backends.get("billing", "/api/billing/invoices", token, block),
                        backends.get("billing", "/api/billing/credit-notes", token, block),
                        backends.get("billing", "/api/billing/account-credit", token, block))
                .flatMap(t -> siteBlocks(t.getT3(), token, start).map(siteBlocks -> {
                    Map<String, Object> page = new LinkedHashMap<>();
                    page.put("profile", t.getT1());
                    page.put("membership", t.getT2());
                    page.put("site", t.getT3());
                    page.put("limits", limits(t.getT3()));
                    page.put("billingAddress", t.getT4());
                    page.put("invoices", t.getT5());
                    page.put("creditNotes", t.getT6());
                    page.put("accountCredit", t.getT7());
                    page.put("domains", siteBlocks.domains());
                    page.put("templates", siteBlocks.templates());
                    page.put("links", links(t.getT2(), t.getT3(), t.getT5(), siteBlocks.domainEntitlement(),
                            siteBlocks.templates()));
                    return page;
                }));
    }

    /** What needs the site's id: its domains, whether it may add one, and the templates it may switch to. */
    private record SiteBlocks(Block domains, Block domainEntitlement, Block templates) {
    }

    private Mono<SiteBlocks> siteBlocks(Block site, String token, long start) {
        if (!site.isOk()) {
            Block same = new Block(site.status(), null);
            return Mono.just(new SiteBlocks(same, same, same));
        }
        String id = String.valueOf(((Map<?, ?>) site.data()).get("id"));
        Duration left = properties.pageBudget().minusNanos(System.nanoTime() - start);
        Duration timeout = left.compareTo(properties.blockTimeout()) < 0 ? left : properties.blockTimeout();
        return Mono.zip(backends.get("domain", "/api/sites/" + id + "/domains", token, timeout),
                        backends.get("domain", "/api/sites/" + id + "/domains/entitlement", token, timeout),
                        backends.get("site", "/api/sites/" + id + "/templates", token, timeout))
                .map(t -> new SiteBlocks(t.getT1(), t.getT2(), t.getT3()));
    }

    /** The customer's first item of a list, or none. */
    private static Block first(Block list) {
        if (!list.isOk()) {
            return list;
        }
        List<?> items = (List<?>) list.data();
        return items.isEmpty() ? Block.none() : Block.ok(items.get(0));
    }

    private static Block limits(Block site) {
        return site.isOk() ? Block.ok(((Map<?, ?>) site.data()).get("limits")) : new Block(site.status(), null);
    }

    /** What the caller may do now; an action appears only when what it needs is there and allowed. */
    private static List<Map<String, String>> links(Block membership, Block site, Block invoices,
                                                   Block domainEntitlement, Block templates) {
        List<Map<String, String>> links = new ArrayList<>();
        links.add(link("changePassword", "POST", "/api/account/password"));
        links.add(link("deleteAccount", "POST", "/api/account/deletion"));
        links.add(link("updateBillingAddress", "PUT", "/api/billing/address"));
        if (membership.isOk()) {
            Map<?, ?> m = (Map<?, ?>) membership.data();
            String id = String.valueOf(m.get("id"));
            String status = String.valueOf(m.get("status"));
            if (CHANGEABLE.contains(status)) {
                links.add(link("changeMembership", "GET", "/api/memberships/" + id + "/change-options"));
            }
            if (CANCELLABLE.contains(status)) {
                links.add(link("cancelMembership", "POST", "/api/memberships/" + id + "/cancellation"));
            }
            if (status.equals("cancelled") || status.equals("expired")) {
                links.add(link("resubscribe", "POST", "/api/memberships/" + id + "/resubscription"));
            }
            if (m.get("pendingChange") != null) {
                links.add(link("discardPendingChange", "DELETE", "/api/memberships/" + id + "/pending-change"));
            }
            if (m.get("scheduledChange") != null) {
                links.add(link("cancelScheduledChange", "DELETE", "/api/memberships/" + id + "/scheduled-change"));
            }
        }
        if (site.isOk()) {
            String id = String.valueOf(((Map<?, ?>) site.data()).get("id"));
            links.add(link("deleteSite", "POST", "/api/sites/" + id + "/deletion"));
            if (allowed(domainEntitlement)) {
                links.add(link("addDomain", "POST", "/api/sites/" + id + "/domains"));
            }
            if (templates.isOk() && !((List<?>) templates.data()).isEmpty()) {
                links.add(link("changeTemplate", "POST", "/api/sites/" + id + "/template-switches"));
            }
        }
        if (invoices.isOk()) {
            for (Object invoice : (List<?>) invoices.data()) {
                Map<?, ?> i = (Map<?, ?>) invoice;
                if (Boolean.TRUE.equals(i.get("payable"))) {
                    links.add(link("payInvoice", "POST", "/api/billing/invoices/" + i.get("id") + "/payment"));
                }
            }
        }
        return links;
    }

    /** The network and the plan both allow custom domains for the site. */
    private static boolean allowed(Block domainEntitlement) {
        return domainEntitlement.isOk()
                && Boolean.TRUE.equals(((Map<?, ?>) domainEntitlement.data()).get("allowed"));
    }

    private static Map<String, String> link(String rel, String method, String href) {
        return Map.of("rel", rel, "method", method, "href", href);
    }
}
