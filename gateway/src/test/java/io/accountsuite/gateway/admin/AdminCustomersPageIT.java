package io.accountsuite.gateway.admin;

import java.util.HashMap;
import java.util.Map;

import io.accountsuite.gateway.GatewayTest;
import io.accountsuite.gateway.GatewayTestBackends;
import io.accountsuite.gateway.backend.Backends;
import io.accountsuite.testkit.StubBackend;
import io.accountsuite.testkit.StubBackend.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static io.accountsuite.gateway.GatewayTestBackends.BILLING;
import static io.accountsuite.gateway.GatewayTestBackends.DOMAIN;
import static io.accountsuite.gateway.GatewayTestBackends.IDENTITY;
import static io.accountsuite.gateway.GatewayTestBackends.MEMBERSHIP;
import static io.accountsuite.gateway.GatewayTestBackends.NOTIFICATION;
import static io.accountsuite.gateway.GatewayTestBackends.SITE;
import static io.accountsuite.gateway.admin.AdminPages.CUSTOMER_ID;
import static io.accountsuite.gateway.admin.AdminPages.only;
import static io.accountsuite.gateway.admin.AdminPages.page;
import static io.accountsuite.gateway.admin.AdminPages.post;
import static org.assertj.core.api.Assertions.assertThat;

/** The admin's customers (issue 20): search, a customer's page with every block and their audit, roles, creation. */
@GatewayTest
class AdminCustomersPageIT {

    static final String ANN = "{\"id\":\"" + CUSTOMER_ID + "\",\"email\":\"ann@example.com\",\"name\":\"Ann\","
            + "\"roles\":[\"customer\"],\"status\":\"active\",\"createdAt\":\"2026-11-01T09:30:00Z\"}";
    private static final String PLAN_ID = "p0000000-0000-0000-0000-000000000001";

    @Autowired WebTestClient web;
    @Autowired Backends backends;

    @BeforeEach
    void customer() {
        GatewayTestBackends.resetAll();
        backends.resetBreakers();
        IDENTITY.answer("GET", "/api/admin/customers", Answer.json(200, "[" + ANN + "]"));
        IDENTITY.answer("GET", "/api/admin/customers/" + CUSTOMER_ID, Answer.json(200, ANN));
        IDENTITY.answer("GET", "/api/admin/customers/" + AdminPages.ADMIN_ID, Answer.json(200, "{\"id\":\""
                + AdminPages.ADMIN_ID + "\",\"email\":\"admin@example.com\",\"name\":\"Admin\"}"));
        MEMBERSHIP.answer("GET", "/api/admin/memberships", Answer.json(200, "[{\"id\":\"m1\",\"customerId\":\""
                + CUSTOMER_ID + "\",\"reference\":\"ABCDE12345\",\"status\":\"active\",\"planId\":\"" + PLAN_ID
                + "\",\"planName\":\"Basic\",\"total\":{\"amount\":\"14.00\",\"currency\":\"USD\"},\"period\":"
                + "{\"duration\":1,\"unit\":\"month\"},\"expiresOn\":\"2027-07-01\",\"createdAt\":\"2026-11-01T09:31:00Z\"}]"));
        SITE.answer("GET", "/api/admin/sites", Answer.json(200, "[{\"id\":\"s1\",\"customerId\":\"" + CUSTOMER_ID
                + "\",\"membershipId\":\"m1\",\"title\":\"Ann's Bakery\",\"address\":\"ann.sites.example\","
                + "\"templateName\":\"Bakery\",\"served\":true,\"createdAt\":\"2026-11-01T09:31:00Z\"}]"));
        BILLING.answer("GET", "/api/admin/invoices", Answer.json(200, AdminInvoicesPageIT.INVOICES));
        DOMAIN.answer("GET", "/api/admin/domains", Answer.json(200, AdminDomainsPageIT.DOMAINS));
        MEMBERSHIP.answer("GET", "/api/admin/coupons", Answer.json(200, "[" + coupon("WELCOME10", "percent", null, true)
                + "," + coupon("EURO5", "amount", "EUR", true) + "," + coupon("OLD", "percent", null, false) + "]"));
        for (var stub : new StubBackend[] {IDENTITY, MEMBERSHIP, SITE, DOMAIN,
                NOTIFICATION}) {
            stub.answer("GET", "/api/admin/audit", Answer.json(200, "[]"));
        }
        BILLING.answer("GET", "/api/admin/audit", Answer.json(200, "[{\"id\":17,\"at\":\"2026-11-30T10:00:00Z\","
                + "\"actor\":\"" + AdminPages.ADMIN_ID + "\",\"action\":\"invoice-refunded\",\"customerId\":\""
                + CUSTOMER_ID + "\",\"subject\":\"invoice INV-2026-000001\",\"before\":{\"status\":\"completed\"},"
                + "\"after\":{\"status\":\"partially-refunded\"}}]"));
    }

    @Test
    void the_search_lists_the_customers_identity_found_with_a_link_to_each() {
        String html = page(web, "/admin/customers?q=ann", 200);

        assertThat(html).contains("value=\"ann\"").contains("href=\"/admin/customers/" + CUSTOMER_ID + "\"")
                .contains(">ann@example.com</a>").contains("Nov 1, 2026, 9:30:00 AM UTC")
                .contains("href=\"/admin/customers/new\"");
        assertThat(IDENTITY.requests("GET", "/api/admin/customers")).hasSize(1);
    }

    @Test
    void a_customers_page_shows_their_account_every_block_and_the_audit_entries_about_them() {
        String html = page(web, "/admin/customers/" + CUSTOMER_ID, 200);

        assertThat(html).contains("id=\"customer-email\">ann@example.com").contains("ABCDE12345").contains("Basic")
                .contains("$14.00").contains("every month").contains("Jul 1, 2027")
                .contains("Ann&#39;s Bakery").contains("ann.sites.example")
                .contains("INV-2026-000001").contains("café.example")
                .contains("invoice-refunded").contains("invoice INV-2026-000001")
                .contains("Nov 30, 2026, 10:00:00 AM UTC")
                .contains("<details>").contains("&quot;partially-refunded&quot;")
                .contains(">admin@example.com</a>")
                .contains("action=\"/admin/customers/" + CUSTOMER_ID + "/promotion\"")
                .doesNotContain("temporarily unavailable");
    }

    @Test
    void a_service_that_does_not_answer_leaves_its_block_unavailable_and_the_page_answers_503() {
        BILLING.answer("GET", "/api/admin/invoices", AdminPages.down());
        DOMAIN.answer("GET", "/api/admin/audit", AdminPages.down());

        String html = page(web, "/admin/customers/" + CUSTOMER_ID, 503);

        assertThat(html.substring(html.indexOf("id=\"invoices\""), html.indexOf("id=\"domains\"")))
                .contains("Invoices are temporarily unavailable.");
        assertThat(html).contains("ABCDE12345").contains("café.example")
                .contains("Entries of domain are temporarily unavailable.").contains("invoice-refunded");
    }

    @Test
    void an_unknown_customer_is_404_and_identity_down_is_503() {
        page(web, "/admin/customers/c0000000-0000-0000-0000-000000000009", 404);
        IDENTITY.answer("GET", "/api/admin/customers/" + CUSTOMER_ID, AdminPages.down());
        assertThat(page(web, "/admin/customers/" + CUSTOMER_ID, 503)).contains("temporarily unavailable");
    }

    @Test
    void promoting_asks_identity_and_a_refused_demotion_shows_identitys_reason() {
        IDENTITY.answer("POST", "/api/admin/customers/" + CUSTOMER_ID + "/admin", Answer.json(200, ANN));
        post(web, "/admin/customers/" + CUSTOMER_ID + "/promotion", Map.of()).expectStatus().isSeeOther()
                .expectHeader().location("/admin/customers/" + CUSTOMER_ID + "?promoted");
        assertThat(only(IDENTITY, "POST", "/api/admin/customers/" + CUSTOMER_ID + "/admin").body()).isEmpty();

        IDENTITY.answer("DELETE", "/api/admin/customers/" + CUSTOMER_ID + "/admin", AdminPages.problem(409,
                "last-admin", "The network needs at least one admin", ""));
        post(web, "/admin/customers/" + CUSTOMER_ID + "/demotion", Map.of()).expectStatus().isEqualTo(409)
                .expectBody(String.class).value(html -> assertThat(html)
                        .contains("The network needs at least one admin").contains("id=\"customer-email\""));
        assertThat(IDENTITY.requests("DELETE", "/api/admin/customers/" + CUSTOMER_ID + "/admin")).hasSize(1);
    }

    @Test
    void the_new_customer_form_offers_the_active_plans_and_creates_the_customer_then_the_membership() {
        MEMBERSHIP.answer("GET", "/api/admin/products", Answer.json(200, "[" + product(PLAN_ID, "plan", "Basic", true)
                + "," + product("p0000000-0000-0000-0000-000000000002", "plan", "Retired", false) + ","
                + product("p0000000-0000-0000-0000-000000000003", "package", "Extra posts", true) + "]"));
        assertThat(page(web, "/admin/customers/new", 200)).contains(">Basic ($10.00)</option>")
                .doesNotContain("Retired").doesNotContain("Extra posts");
        IDENTITY.answer("POST", "/api/admin/customers", Answer.json(201, ANN));
        MEMBERSHIP.answer("POST", "/api/admin/memberships", Answer.json(201, "{}"));

        post(web, "/admin/customers/new", newCustomer("WELCOME10")).expectStatus().isSeeOther()
                .expectHeader().location("/admin/customers/" + CUSTOMER_ID + "?created");

        assertThat(only(IDENTITY, "POST", "/api/admin/customers").body()).isEqualTo("{\"email\":\"ann@example.com\","
                + "\"password\":\"a long passphrase\",\"name\":\"Ann\",\"admin\":false}");
        assertThat(only(MEMBERSHIP, "POST", "/api/admin/memberships").body()).isEqualTo("{\"customerId\":\""
                + CUSTOMER_ID + "\",\"planId\":\"" + PLAN_ID + "\",\"site\":{\"title\":\"Ann's Bakery\",\"slug\":"
                + "\"ann\"},\"couponCode\":\"WELCOME10\"}");
    }

    @Test
    void a_refused_customer_creates_nothing_and_a_refused_membership_says_the_customer_exists() {
        MEMBERSHIP.answer("GET", "/api/admin/products", Answer.json(200, "[" + product(PLAN_ID, "plan", "Basic", true)
                + "]"));
        IDENTITY.answer("POST", "/api/admin/customers", AdminPages.problem(400, "validation-failed", "Invalid",
                "{\"field\":\"email\",\"message\":\"must be an email address\"}"));
        post(web, "/admin/customers/new", newCustomer("")).expectStatus().isBadRequest().expectBody(String.class)
                .value(html -> assertThat(html).contains("must be an email address")
                        .contains("value=\"ann@example.com\"").doesNotContain("a long passphrase"));
        assertThat(MEMBERSHIP.requests("POST", "/api/admin/memberships")).isEmpty();

        IDENTITY.answer("POST", "/api/admin/customers", Answer.json(201, ANN));
        MEMBERSHIP.answer("POST", "/api/admin/memberships", AdminPages.problem(409, "slug-taken", "Taken",
                "{\"field\":\"site.slug\",\"message\":\"is already used\"}"));
        post(web, "/admin/customers/new", newCustomer("")).expectStatus().isEqualTo(409)
                .expectBody(String.class).value(html -> assertThat(html)
                        .contains("id=\"half-done\">The customer was created, but not their")
                        .contains("href=\"/admin/customers/" + CUSTOMER_ID + "\"")
                        .contains("name=\"customerId\" value=\"" + CUSTOMER_ID + "\"")
                        .contains("is already used").contains("Create the membership")
                        .doesNotContain("name=\"email\""));
        assertThat(MEMBERSHIP.requests("POST", "/api/admin/memberships")).hasSize(1);
    }

    @Test
    void a_membership_bound_to_be_refused_creates_no_customer() {
        MEMBERSHIP.answer("GET", "/api/admin/products", Answer.json(200, "[" + product(PLAN_ID, "plan", "Basic", true)
                + "]"));
        Map<String, String> refusals = Map.of("NOPE", "is not an active coupon", "OLD", "is not an active coupon",
                "EURO5", "is an amount in EUR, the plan is in USD");
        refusals.forEach((code, message) -> post(web, "/admin/customers/new", newCustomer(code))
                .expectStatus().isBadRequest().expectBody(String.class)
                .value(html -> assertThat(html).as(code).contains(message)));
        Map<String, String> retired = new HashMap<>(newCustomer(""));
        retired.put("planId", "p0000000-0000-0000-0000-000000000002");
        post(web, "/admin/customers/new", retired).expectStatus().isBadRequest().expectBody(String.class)
                .value(html -> assertThat(html).contains("is not a plan on sale"));

        assertThat(IDENTITY.requests("POST", "/api/admin/customers")).isEmpty();
        assertThat(MEMBERSHIP.requests("POST", "/api/admin/memberships")).isEmpty();
    }

    @Test
    void a_search_longer_than_identity_takes_is_refused_beside_the_box() {
        assertThat(page(web, "/admin/customers?q=" + "a".repeat(201), 400)).contains("A search is at most 200")
                .doesNotContain("temporarily unavailable");
        assertThat(IDENTITY.requests("GET", "/api/admin/customers")).isEmpty();
    }

    @Test
    void an_address_whose_id_is_not_an_id_is_the_404_page() {
        assertThat(page(web, "/admin/customers/xyz", 404)).contains("There is no such page");
        post(web, "/admin/customers/xyz/promotion", Map.of()).expectStatus().isNotFound();
    }

    private static String coupon(String code, String kind, String currency, boolean active) {
        return "{\"code\":\"" + code + "\",\"kind\":\"" + kind + "\",\"value\":\"5.00\",\"currency\":"
                + (currency == null ? "null" : "\"" + currency + "\"") + ",\"duration\":\"once\",\"active\":"
                + active + "}";
    }

    private static Map<String, String> newCustomer(String coupon) {
        return Map.of("email", "ann@example.com", "name", "Ann", "password", "a long passphrase", "planId", PLAN_ID,
                "site.title", "Ann's Bakery", "site.slug", "ann", "couponCode", coupon);
    }

    private static String product(String id, String type, String name, boolean active) {
        return "{\"id\":\"" + id + "\",\"type\":\"" + type + "\",\"name\":\"" + name + "\",\"price\":{\"amount\":"
                + "\"10.00\",\"currency\":\"USD\"},\"active\":" + active + ",\"holders\":0}";
    }
}
