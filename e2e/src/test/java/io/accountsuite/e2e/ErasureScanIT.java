package io.accountsuite.e2e;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.accountsuite.e2e.Customers.Customer;
import io.accountsuite.e2e.RunningSuite.Response;
import io.accountsuite.e2e.reliability.ErasureScan;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static io.accountsuite.e2e.RunningSuite.call;
import static io.accountsuite.e2e.RunningSuite.gateway;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * After a customer with a paid membership, a site with content, two domains, a billing address, invoices and a
 * refund deletes the account, every table of every service's database and every topic, read from its beginning, is
 * searched for the customer's id, email, name, site title and domain names. What may remain is what the product
 * keeps on purpose (contracts/PERSONAL_DATA.md): the legal invoice archive, each service's tombstone (the id alone),
 * the deletion's status, and events on the topics until their retention ends (ids; the email and name in
 * CustomerRegistered, the site's title in MembershipCreated, a domain name in the DomainStageChanged that ended its
 * verification: {@link ErasureScan#TOPIC_RESIDUE}). The counts are printed.
 */
@ExtendWith(RunningSuite.class)
class ErasureScanIT {

    private static final int SITE_OFFSET = 4;

    @Test
    void after_an_account_deletion_nothing_of_the_customer_is_left_but_what_the_law_or_the_design_keeps()
            throws Exception {
        Customer ann = Customers.withPlan("demo-pro");
        String token = Customers.signIn(ann.email(), Customers.PASSWORD);
        String id = call("GET", gateway("/api/account/profile"), token, null).string("id");
        String tag = ann.email().substring(2, 10);
        List<String> domains = List.of("shop-" + tag + ".example.com", "blog-" + tag + ".example.com");
        giveTheAccountEverything(ann, token, domains);

        Response requested = call("POST", gateway("/api/account/deletion"), token,
                Map.of("password", Customers.PASSWORD, "confirm", true));
        assertThat(requested.status()).isEqualTo(202);
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500)).until(() ->
                "deleted".equals(call("GET", gateway("/api/account/deletion"), token, null).string("status")));
        // The farewell reaches the mailbox; only then does notification-service let go of the address.
        new Mailbox(ann.email()).awaitSubject("Your account is being deleted");
        ErasureScan.awaitFarewellGone(ann.email());

        Map<String, String> needles = new LinkedHashMap<>();
        needles.put("id", id);
        needles.put("email", ann.email());
        needles.put("name", ann.name());
        needles.put("site title", ann.siteTitle());
        needles.put("domain name", domains.get(0));
        needles.put("other domain name", domains.get(1));

        // Outbox rows of the erased customer go once the relay has sent them: allow it a moment, then report what
        // is left either way before judging it.
        try {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                    ErasureScan.assertOnlyWhereKeptOnPurpose(ErasureScan.databases(needles.values()), needles));
        } catch (ConditionTimeoutException stillThere) {
            System.out.println("Erasure scan: something is left after 30 s; the report follows");
        }
        Map<String, Map<String, Integer>> inDatabases = ErasureScan.databases(needles.values());
        Map<String, Map<String, Integer>> inTopics = ErasureScan.topics(needles.values());
        report(needles, inDatabases, inTopics);

        ErasureScan.assertOnlyWhereKeptOnPurpose(inDatabases, needles);
        ErasureScan.assertTopicsHoldOnlyTheDocumentedResidue(inTopics, needles);
    }

    /** Content on the site, two domains, a billing address, the paid invoice refunded in part. */
    private static void giveTheAccountEverything(Customer ann, String token, List<String> domains) {
        // Content is written by the network's site runtime, on site-service itself (not published by the gateway).
        assertThat(call("POST", RunningSuite.service(SITE_OFFSET, "/api/sites/" + ann.siteId() + "/posts"), token,
                Map.of("title", "Hello from " + ann.name(), "body", "Written by " + ann.email())).status())
                .isEqualTo(201);
        for (String domain : domains) {
            assertThat(call("POST", gateway("/api/sites/" + ann.siteId() + "/domains"), token,
                    Map.of("domain", domain, "primary", false)).status()).as(domain).isEqualTo(201);
        }
        assertThat(call("PUT", gateway("/api/billing/address"), token, Map.of("companyName", ann.name(),
                "email", ann.email(), "line1", "1 Rue du Four", "city", "Lyon", "postalCode", "69001",
                "country", "FR")).status()).isEqualTo(200);
        String invoice = call("GET", gateway("/api/billing/invoices"), token, null).list().get(0).get("id")
                .toString();
        assertThat(call("POST", gateway("/api/admin/invoices/" + invoice + "/refunds"), Customers.admin(),
                Map.of("amount", "1.00", "reason", "Goodwill")).status()).isEqualTo(201);
    }

    private static void report(Map<String, String> needles, Map<String, Map<String, Integer>> databases,
                               Map<String, Map<String, Integer>> topics) {
        System.out.println("Erasure scan, what is left of the erased customer:");
        needles.forEach((what, needle) -> System.out.printf("  %-18s databases %s; topics %s%n", what,
                databases.getOrDefault(needle, Map.of()), topics.getOrDefault(needle, Map.of())));
    }
}
