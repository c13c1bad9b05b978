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
    private static final String ADMIN = "admin@example.com";
    private static final String DEMO_PASSWORD = "demo password for the local suite";

    public record Customer(String email, String name, String siteTitle, String siteId) {
    }

    /** A customer with an account and nothing else yet: the email and an access token. */
    public record NewCustomer(String email, String name, String token) {
    }

    private Customers() {
    }

    /** A customer with a paid, active membership of the demo plan {@code plan} ("demo-basic", "demo-pro"). */
    public static Customer withPlan(String plan) {
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
        return new Customer(customer.email(), customer.name(), siteTitle, siteId);
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
        return Map.of("planId", idOf(call("GET", gateway("/api/catalog"), null, null).list(), "slug", plan),
                "site", Map.of("title", siteTitle, "slug", "site-" + slug,
                        "templateId", idOf(call("GET", gateway("/api/admin/templates"), admin, null).list(),
                                "name", "Bakery")));
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
