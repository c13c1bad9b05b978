package io.accountsuite.gateway.composition;

import java.util.List;
import java.util.Optional;

import io.accountsuite.gateway.backend.BillingClient.Invoice;
import io.accountsuite.gateway.backend.MembershipClient.Membership;
import io.accountsuite.gateway.backend.SiteClient.Site;
import io.accountsuite.gateway.composition.PageLinks.Link;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PageLinksTest {

    private static final Site SITE = new Site("s1", "m1", true);

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            pending   | cancelMembership
            active    | changeMembership cancelMembership
            trialing  | changeMembership cancelMembership
            on-hold   | changeMembership cancelMembership
            expired   | changeMembership resubscribe
            cancelled | resubscribe
            """)
    void a_membership_offers_what_its_status_allows(String status, String expected) {
        List<String> rels = rels(PageLinks.offered(Optional.of(new Membership("m1", status, null, null)),
                Optional.empty(), List.of(), false, false));

        assertThat(rels).containsExactly(("changePassword deleteAccount updateBillingAddress " + expected)
                .split(" "));
    }

    @Test
    void a_pending_and_a_scheduled_change_can_each_be_dropped() {
        List<Link> links = PageLinks.offered(Optional.of(new Membership("m1", "active", new Object(),
                new Object())), Optional.empty(), List.of(), false, false);

        assertThat(links).contains(new Link("discardPendingChange", "DELETE", "/api/memberships/m1/pending-change"),
                new Link("cancelScheduledChange", "DELETE", "/api/memberships/m1/scheduled-change"));
    }

    @Test
    void a_site_offers_a_domain_and_a_template_only_when_allowed() {
        assertThat(rels(PageLinks.offered(Optional.empty(), Optional.of(SITE), List.of(), false, false)))
                .contains("deleteSite").doesNotContain("addDomain", "changeTemplate");
        assertThat(PageLinks.offered(Optional.empty(), Optional.of(SITE), List.of(), true, true)).contains(
                new Link("addDomain", "POST", "/api/sites/s1/domains"),
                new Link("changeTemplate", "POST", "/api/sites/s1/template-switches"));
    }

    @Test
    void a_site_not_served_offers_neither_a_domain_nor_a_template_switch() {
        Site awaitingPayment = new Site("s1", "m1", false);

        assertThat(rels(PageLinks.offered(Optional.empty(), Optional.of(awaitingPayment), List.of(), true, true)))
                .contains("deleteSite").doesNotContain("addDomain", "changeTemplate");
        assertThat(rels(PageLinks.offered(Optional.empty(), Optional.of(new Site("s1", "m1", null)), List.of(), true,
                true))).as("a site-service that does not say is taken as serving").contains("changeTemplate");
    }

    @Test
    void only_payable_invoices_get_pay_now() {
        List<Link> links = PageLinks.offered(Optional.empty(), Optional.empty(),
                List.of(new Invoice("i1", true), new Invoice("i2", false)), false, false);

        assertThat(links).filteredOn(link -> link.rel().equals("payInvoice"))
                .containsExactly(new Link("payInvoice", "POST", "/api/billing/invoices/i1/payment"));
    }

    @Test
    void without_membership_or_site_only_the_account_actions_remain() {
        assertThat(rels(PageLinks.offered(Optional.empty(), Optional.empty(), List.of(), true, true)))
                .containsExactly("changePassword", "deleteAccount", "updateBillingAddress");
    }

    private static List<String> rels(List<Link> links) {
        return links.stream().map(Link::rel).toList();
    }
}
