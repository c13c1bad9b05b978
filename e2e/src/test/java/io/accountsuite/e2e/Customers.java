package io.accountsuite.e2e;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.accountsuite.e2e.RunningSuite.Response;


import static io.accountsuite.e2e.RunningSuite.call;
import static io.accountsuite.e2e.RunningSuite.gateway;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fresh customers for the browser journeys, made through the public API the way the demo data is: the admin
 * creates the customer, who buys a plan of the demo catalog with a site, and pays the first invoice.
 */
public final class Customers {

    public static final String PASSWORD = "browser journey password 1";
    /** The demo data's network admin (local/ demo data) and its password. */
    public static final String ADMIN = "admin@example.com";
    public static final String DEMO_PASSWORD = "demo password for the local suite";

    public record Customer(String email, String name, String siteTitle, String siteId) {
    }

    /** A customer with an account and nothing else yet: the email and an access token. */
    public record NewCustomer(String email, String name, String token) {
    }

    private Customers() {
    }

    /**
     * What each demo plan lets a customer do on the page: both let them switch templates, only Pro adds custom
     * domains. A new customer is ready once every service that decides these actions offers them.
     */
    private static final Map<String, List<String>> PLAN_ACTIONS = Map.of(
            "demo-basic", List.of("changeTemplate"),
            "demo-pro", List.of("changeTemplate", "addDomain"));

    /**
     * A customer with a paid, active membership of the demo plan {@code plan} ("demo-basic", "demo-pro"), whose
     * site exists and whose plan's actions every deciding service already offers (their projections follow the
     * membership's events, each at its own pace).
     */
    public static Customer withPlan(String plan) {
        return withPlan(plan, PLAN_ACTIONS.get(plan));
    }

    /** As {@link #withPlan(String)}, for any active plan of the catalog whose page offers {@code actions}. */
    public static Customer withPlan(String plan, List<String> actions) {
        NewCustomer customer = create();
        String token = customer.token();
        String tag = customer.email().substring(2, 10);
        String siteTitle = "Site " + tag;
        Response created = call("POST", gateway("/api/memberships"), token, membership(plan, siteTitle, tag));
        assertThat(created.status()).isEqualTo(201);
        payFirstInvoice(token);
        String siteId = await().atMost(Duration.ofSeconds(30)).until(
                () -> call("GET", gateway("/api/sites"), token, null).list(), sites -> !sites.isEmpty())
                .get(0).get("id").toString();
        await().atMost(Duration.ofSeconds(30)).until(() -> call("GET", gateway("/api/memberships"), token, null)
                .list().get(0).get("status"), "active"::equals);
        // site-service follows the membership's standing from its events: the site goes online once it has it
        await().atMost(Duration.ofSeconds(30)).until(() -> call("GET", gateway("/api/sites"), token, null)
                .list().get(0).get("served"), Boolean.TRUE::equals);
        awaitActions(token, actions);
        return new Customer(customer.email(), customer.name(), siteTitle, siteId);
    }

    /** Waits until the page offers the caller each of {@code rels} ({@code links} of GET /api/account). */
    public static void awaitActions(String token, List<String> rels) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(actions(token)).containsAll(rels));
    }

    /** The actions the page offers the caller now, by name. */
    @SuppressWarnings("unchecked")
    public static List<String> actions(String token) {
        Response page = call("GET", gateway("/api/account"), token, null);
        assertThat(page.status()).isEqualTo(200);
        return ((List<Map<String, Object>>) page.body().get("links")).stream()
                .map(link -> (String) link.get("rel")).toList();
    }

    /** A new customer, created by the network admin, signed in. */
    public static NewCustomer create() {
        String admin = admin();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "c-" + tag + "@example.com";
        String name = "Customer " + tag;
        assertThat(call("POST", gateway("/api/admin/customers"), admin,
                Map.of("email", email, "password", PASSWORD, "name", name)).status()).isEqualTo(201);
        return new NewCustomer(email, name, signIn(email, PASSWORD));
    }

    /** The body that buys the demo plan {@code plan} with a Bakery site. */
    public static Map<String, Object> membership(String plan, String siteTitle, String slug) {
        String admin = admin();
        return Map.of("planId", productId(plan),
                "site", Map.of("title", siteTitle, "slug", "site-" + slug,
                        "templateId", idOf(call("GET", gateway("/api/admin/templates"), admin, null).list(),
                                "name", "Bakery")));
    }

    /** The id of the demo catalog's product {@code slug} ("demo-basic", "demo-pro"). */
    public static String productId(String slug) {
        return idOf(call("GET", gateway("/api/catalog"), null, null).list(), "slug", slug);
    }

    /** The id of the customer's (first) membership. */
    public static String membershipId(String token) {
        return call("GET", gateway("/api/memberships"), token, null).list().get(0).get("id").toString();
    }

    /**
     * Changes the customer's membership to {@code plan} and pays what the change asks for now, if anything; answers
     * the change's outcome (applied, scheduled or awaiting-payment before it was paid).
     */
    public static String changePlan(String token, String plan) {
        Response change = call("POST", gateway("/api/memberships/" + membershipId(token) + "/change"), token,
                Map.of("planId", productId(plan)));
        assertThat(change.status()).as("change to %s: %s", plan, change.body()).isEqualTo(200);
        String outcome = change.string("outcome");
        if ("awaiting-payment".equals(outcome)) {
            String invoice = change.string("invoiceId");
            // billing issues the invoice from the change's event; pay it once it is there
            await().atMost(Duration.ofSeconds(30)).until(() -> call("POST",
                    gateway("/api/billing/invoices/" + invoice + "/payment"), token, Map.of()).status() == 200);
        }
        return outcome;
    }

    /** Asks for a change to {@code plan} without paying for it; answers the outcome. */
    public static String requestChange(String token, String plan) {
        Response change = call("POST", gateway("/api/memberships/" + membershipId(token) + "/change"), token,
                Map.of("planId", productId(plan)));
        assertThat(change.status()).as("change to %s: %s", plan, change.body()).isEqualTo(200);
        return change.string("outcome");
    }

    /** The invoice the customer's pending change waits for, once billing has issued it. */
    @SuppressWarnings("unchecked")
    public static String pendingChangeInvoice(String token) {
        String id = ((Map<String, Object>) call("GET", gateway("/api/memberships/" + membershipId(token)), token,
                null).body().get("pendingChange")).get("invoiceId").toString();
        await().atMost(Duration.ofSeconds(30)).until(() -> call("GET", gateway("/api/billing/invoices"), token, null)
                .list().stream().anyMatch(invoice -> id.equals(invoice.get("id"))));
        return id;
    }

    /** The network admin of the demo data, signed in. */
    public static String admin() {
        return signIn(ADMIN, DEMO_PASSWORD);
    }

    public static String signIn(String email, String password) {
        Response tokens = call("POST", gateway("/api/auth/login"), null,
                Map.of("email", email, "password", password));
        assertThat(tokens.status()).as("sign-in of %s", email).isEqualTo(200);
        return tokens.string("accessToken");
    }

    private static void payFirstInvoice(String token) {
        Map<String, Object> invoice = await().atMost(Duration.ofSeconds(30)).until(
                () -> call("GET", gateway("/api/billing/invoices"), token, null).list(), list -> !list.isEmpty())
                .get(0);
        assertThat(call("POST", gateway("/api/billing/invoices/" + invoice.get("id") + "/payment"), token,
                Map.of()).status()).isEqualTo(200);
    }

    private static String idOf(List<Map<String, Object>> items, String field, String value) {
        return items.stream().filter(item -> value.equals(item.get(field))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + value + " in " + items)).get("id").toString();
    }
}
