package io.accountsuite.gateway.composition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.accountsuite.gateway.backend.BillingClient.Invoice;
import io.accountsuite.gateway.backend.MembershipClient.Membership;
import io.accountsuite.gateway.backend.SiteClient.Site;

/**
 * What the caller may do now, as links ({@code rel}, {@code method}, {@code href}; API.md "GET /api/account"): an
 * action appears only when what it needs is there and allowed. The page shows a button only for these.
 */
final class PageLinks {

    /** Statuses a customer may change from (a pending membership is paid or cancelled first; SPEC 4). */
    private static final Set<String> CHANGEABLE = Set.of("active", "trialing", "on-hold", "expired");
    private static final Set<String> CANCELLABLE = Set.of("pending", "active", "trialing", "on-hold");
    private static final Set<String> ENDED = Set.of("cancelled", "expired");

    /** One action the caller may take now. */
    record Link(String rel, String method, String href) {
    }

    private PageLinks() {
    }

    /**
     * @param domainAllowed    the network and the plan allow the site another custom domain
     * @param templatesOffered the site may switch to at least one template
     */
    static List<Link> offered(Optional<Membership> membership, Optional<Site> site, List<Invoice> invoices,
                              boolean domainAllowed, boolean templatesOffered) {
        List<Link> links = new ArrayList<>();
        links.add(new Link("changePassword", "POST", "/api/account/password"));
        links.add(new Link("deleteAccount", "POST", "/api/account/deletion"));
        links.add(new Link("updateBillingAddress", "PUT", "/api/billing/address"));
        membership.ifPresent(m -> links.addAll(membershipLinks(m)));
        site.ifPresent(s -> {
            String base = "/api/sites/" + s.id();
            links.add(new Link("deleteSite", "POST", base + "/deletion"));
            // A site that is not served (nothing paid yet, expired) changes nothing until its membership stands.
            if (domainAllowed && s.isServed()) {
                links.add(new Link("addDomain", "POST", base + "/domains"));
            }
            if (templatesOffered && s.isServed()) {
                links.add(new Link("changeTemplate", "POST", base + "/template-switches"));
            }
        });
        invoices.stream().filter(Invoice::payable).forEach(invoice -> links.add(
                new Link("payInvoice", "POST", "/api/billing/invoices/" + invoice.id() + "/payment")));
        return links;
    }

    private static List<Link> membershipLinks(Membership m) {
        String base = "/api/memberships/" + m.id();
        List<Link> links = new ArrayList<>();
        if (CHANGEABLE.contains(m.status())) {
            links.add(new Link("changeMembership", "GET", base + "/change-options"));
        }
        if (CANCELLABLE.contains(m.status())) {
            links.add(new Link("cancelMembership", "POST", base + "/cancellation"));
        }
        if (ENDED.contains(m.status())) {
            links.add(new Link("resubscribe", "POST", base + "/resubscription"));
        }
        if (m.pendingChange() != null) {
            links.add(new Link("discardPendingChange", "DELETE", base + "/pending-change"));
        }
        if (m.scheduledChange() != null) {
            links.add(new Link("cancelScheduledChange", "DELETE", base + "/scheduled-change"));
        }
        return links;
    }
}
