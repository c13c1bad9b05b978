package io.accountsuite.gateway.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.accountsuite.gateway.GatewayTest;
import io.accountsuite.gateway.GatewayTestBackends;
import io.accountsuite.gateway.backend.Backends;
import io.accountsuite.gateway.security.TokenCookies;
import io.accountsuite.testkit.StubBackend.Answer;
import io.accountsuite.testkit.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static io.accountsuite.gateway.GatewayTestBackends.MEMBERSHIP;
import static io.accountsuite.gateway.GatewayTestBackends.SITE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin's products pages (issue 20): the list, the editor's tabs, the exact body each tab saves through
 * membership-service's {@code PUT /api/admin/products/{id}}, refusals beside their fields, 404 and 503.
 */
@GatewayTest
class ProductPagesIT {

    static final String CSRF = "csrf-token-value";
    static final String ADMIN = TestTokens.accessToken(UUID.randomUUID(), "admin");
    static final String ID = "5e0c5a5e-1111-4a4a-8b8b-000000000001";
    static final String BAKERY = "7a000000-0000-4000-8000-00000000000b";
    static final String STUDIO = "7a000000-0000-4000-8000-00000000000c";
    static final String PATH = "/api/admin/products/" + ID;

    /** A plan as membership-service's ProductView writes it, with the contract's {@code holders}. */
    static String basic(boolean active, int holders) {
        return "{\"id\":\"" + ID + "\",\"type\":\"plan\",\"name\":\"Basic\",\"slug\":\"basic\",\"description\":\"To"
                + " start\",\"price\":{\"amount\":\"10.00\",\"currency\":\"USD\"},\"setupFee\":{\"amount\":\"0.00\","
                + "\"currency\":\"USD\"},\"billingPeriod\":{\"duration\":1,\"unit\":\"month\"},\"billingCycles\":0,"
                + "\"group\":\"main\",\"active\":" + active + ",\"addOns\":[],\"limits\":{\"diskMb\":500,\"posts\":100,"
                + "\"pages\":null,\"visitsPerMonth\":null,\"users\":null,\"sites\":1},\"customDomains\":false,"
                + "\"templateMode\":\"choose\",\"templates\":{\"" + BAKERY + "\":\"available\"},\"trialDays\":0,"
                + "\"holders\":" + holders + "}";
    }

    /** The body that saves {@link #basic} unchanged, with {@code changed} in place of its parts. */
    static String saved(Map<String, String> changed) {
        String body = "{\"type\":\"plan\",\"name\":\"Basic\",\"slug\":\"basic\",\"description\":\"To start\","
                + "\"currency\":\"USD\",\"price\":10.00,\"setupFee\":0.00,\"periodDuration\":1,\"periodUnit\":\"month\","
                + "\"billingCycles\":0,\"group\":\"main\",\"active\":true,\"addOns\":[],\"limits\":{\"diskMb\":500,"
                + "\"posts\":100,\"pages\":null,\"visitsPerMonth\":null,\"users\":null,\"sites\":1,"
                + "\"customDomains\":false},\"templateMode\":\"choose\",\"templates\":{\"" + BAKERY
                + "\":\"available\"},\"trialDays\":0}";
        for (var part : changed.entrySet()) {
            assertThat(body).contains(part.getKey());
            body = body.replace(part.getKey(), part.getValue());
        }
        return body;
    }

    @Autowired WebTestClient web;
    @Autowired Backends backends;

    @BeforeEach
    void catalog() {
        GatewayTestBackends.resetAll();
        backends.resetBreakers();
        MEMBERSHIP.answer("GET", PATH, Answer.json(200, basic(true, 3)));
        MEMBERSHIP.answer("PUT", PATH, Answer.json(200, basic(true, 3)));
        SITE.answer("GET", "/api/admin/templates", Answer.json(200, "[{\"id\":\"" + BAKERY + "\",\"name\":\"Bakery\","
                + "\"description\":\"\",\"previewUrl\":null,\"blueprint\":{\"posts\":[],\"pages\":[],\"media\":[]},"
                + "\"active\":true},{\"id\":\"" + STUDIO + "\",\"name\":\"Studio\",\"description\":\"\","
                + "\"previewUrl\":null,\"blueprint\":{\"posts\":[],\"pages\":[],\"media\":[]},\"active\":true}]"));
    }

    @AfterEach
    void closeBreakers() {
        backends.resetBreakers();
    }

    @Test
    void a_customer_gets_403_and_a_visitor_is_sent_to_sign_in() {
        for (String page : new String[] {"/admin/products", "/admin/products/" + ID, "/admin/products/new?type=plan"}) {
            web.get().uri(page).exchange().expectStatus().is3xxRedirection().expectHeader().location("/login");
            web.get().uri(page).cookie(TokenCookies.ACCESS, TestTokens.accessToken(UUID.randomUUID())).exchange()
                    .expectStatus().isForbidden();
        }
        assertThat(MEMBERSHIP.requests()).isEmpty();
    }

    @Test
    void the_list_shows_each_product_with_its_price_period_state_and_holders() {
        MEMBERSHIP.answer("GET", "/api/admin/products", Answer.json(200, "[" + basic(false, 2).replace("\"name\":"
                + "\"Basic\"", "\"name\":\"Old basic\"") + ",{\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"service\","
                + "\"name\":\"Setup help\",\"price\":{\"amount\":\"49.00\",\"currency\":\"EUR\"},\"billingPeriod\":{"
                + "\"duration\":1,\"unit\":\"one-time\"},\"active\":true,\"holders\":0},{\"id\":\"" + UUID.randomUUID()
                + "\",\"type\":\"plan\",\"name\":\"Pro\",\"price\":{\"amount\":\"90.00\",\"currency\":\"USD\"},"
                + "\"billingPeriod\":{\"duration\":3,\"unit\":\"month\"},\"active\":true,\"holders\":7}]"));

        String html = page("/admin/products").expectStatus().isOk().expectBody(String.class).returnResult()
                .getResponseBody();

        assertThat(html).contains("href=\"/admin/products/" + ID + "\">Old basic</a>")
                .contains("$10.00 every month").contains("$90.00 every 3 months").contains("€49.00 once")
                .contains("<td>No</td>").contains("<td>7</td>").contains("class=\"scroll\"")
                .contains("href=\"/admin/products/new?type=package\"").containsPattern("href=\"/admin/products\"\\s+aria-current=\"page\"");
        assertThat(html.indexOf("Pro")).isLessThan(html.indexOf("Setup help"));
    }

    @Test
    void the_general_tab_shows_the_product_and_saves_the_whole_product_with_its_fields_changed() {
        String html = page("/admin/products/" + ID).expectStatus().isOk().expectBody(String.class).returnResult()
                .getResponseBody();
        assertThat(html).contains("<label for=\"name\">Name</label>").contains("value=\"Basic\"")
                .contains("value=\"10.00\"").contains("<option value=\"month\" selected=\"selected\">")
                .contains("id=\"active\" name=\"active\"")
                .contains("href=\"/admin/products/" + ID + "?tab=general\" aria-current=\"page\"")
                .contains("href=\"/admin/products/" + ID + "?tab=limits\">")
                .contains("/js/admin-catalog.js").doesNotContain("still hold")
                .containsPattern("id=\"currency\" name=\"currency\" type=\"text\" readonly value=\"USD\"");
        assertThat(html.substring(html.indexOf("id=\"product-form\""))).contains("name=\"_csrf\"");

        save(ID, form("tab", "general", "name", " Basic plus ", "slug", "basic", "description", "To start",
                "price", "12,50", "currency", "eur", "periodDuration", "1", "periodUnit", "year", "billingCycles", "0",
                "setupFee", "", "trialDays", "14", "group", "", "active", "on"))
                .expectStatus().isSeeOther().expectHeader().location("/admin/products/" + ID + "?tab=general&saved");

        assertThat(MEMBERSHIP.requests("PUT", PATH).get(0).body()).isEqualTo(saved(Map.of(
                "\"name\":\"Basic\"", "\"name\":\"Basic plus\"", "\"currency\":\"USD\"", "\"currency\":\"EUR\"",
                "\"price\":10.00", "\"price\":12.50", "\"setupFee\":0.00", "\"setupFee\":null",
                "\"periodUnit\":\"month\"", "\"periodUnit\":\"year\"", "\"group\":\"main\"", "\"group\":null",
                "\"trialDays\":0", "\"trialDays\":14")));
        page("/admin/products/" + ID + "?tab=general&saved").expectBody(String.class)
                .value(saved -> assertThat(saved).contains("The product is saved."));
    }

    @Test
    void the_limits_tab_sends_blank_as_unlimited_and_shows_a_refusal_beside_its_field() {
        assertThat(body("/admin/products/" + ID + "?tab=limits")).contains("<label for=\"limits.posts\">Posts</label>")
                .containsPattern("id=\"limits.posts\" name=\"limits.posts\" type=\"number\"\\s+value=\"100\"")
                .contains("Blank (or 0) means unlimited.");

        save(ID, form("tab", "limits", "limits.diskMb", "1000", "limits.posts", "", "limits.pages", "20",
                "limits.visitsPerMonth", "", "limits.users", "2", "limits.sites", "1"))
                .expectStatus().isSeeOther().expectHeader().location("/admin/products/" + ID + "?tab=limits&saved");
        assertThat(MEMBERSHIP.requests("PUT", PATH).get(0).body()).isEqualTo(saved(Map.of(
                "\"diskMb\":500,\"posts\":100,\"pages\":null,\"visitsPerMonth\":null,\"users\":null",
                "\"diskMb\":1000,\"posts\":null,\"pages\":20,\"visitsPerMonth\":null,\"users\":2")));

        MEMBERSHIP.answer("PUT", PATH, new Answer(400, "{\"status\":400,\"detail\":\"Some fields are invalid; see"
                + " errors\",\"errors\":[{\"field\":\"limits.posts\",\"message\":\"must be greater than or equal to 0\"}]}",
                Map.of("Content-Type", "application/problem+json")));
        String refused = save(ID, form("tab", "limits", "limits.posts", "-5")).expectStatus().isBadRequest()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(refused).containsPattern("name=\"limits.posts\"[^>]*value=\"-5\"")
                .containsPattern("name=\"limits.posts\"[^>]*aria-invalid=\"true\"")
                .containsPattern("id=\"f-limits.posts-error\"[^>]*>must be greater than or equal to 0<");
        assertThat(MEMBERSHIP.requests("PUT", PATH).get(1).body()).contains("\"posts\":-5");
    }

    @Test
    void the_templates_tab_offers_each_site_template_and_saves_the_mode_and_the_choices() {
        String html = body("/admin/products/" + ID + "?tab=templates");
        assertThat(html).containsPattern("id=\"allowTemplates\"[^>]*checked")
                .containsPattern("id=\"templateMode-choose\" value=\"choose\"[^>]*checked")
                .contains("<span>Bakery</span>").contains("<span>Studio</span>")
                .containsPattern("id=\"template-" + BAKERY + "-available\" value=\"available\"[^>]*checked")
                .containsPattern("id=\"template-" + STUDIO + "-not-available\" value=\"not-available\"[^>]*checked");

        save(ID, form("tab", "templates", "allowTemplates", "on", "templateMode", "assign",
                "templates[" + BAKERY + "]", "not-available", "templates[" + STUDIO + "]", "pre-selected"))
                .expectStatus().isSeeOther();
        assertThat(MEMBERSHIP.requests("PUT", PATH).get(0).body()).isEqualTo(saved(Map.of(
                "\"templateMode\":\"choose\",\"templates\":{\"" + BAKERY + "\":\"available\"}",
                "\"templateMode\":\"assign\",\"templates\":{\"" + BAKERY + "\":\"not-available\",\"" + STUDIO
                        + "\":\"pre-selected\"}")));

        save(ID, form("tab", "templates", "templateMode", "choose")).expectStatus().isSeeOther();
        assertThat(MEMBERSHIP.requests("PUT", PATH).get(1).body()).contains("\"templateMode\":\"default\"");
    }

    @Test
    void the_domains_tab_allows_custom_domains_or_not() {
        assertThat(body("/admin/products/" + ID + "?tab=domains")).contains("Allow custom domains")
                .doesNotContainPattern("name=\"limits.customDomains\"[^>]*checked");
        save(ID, form("tab", "domains", "limits.customDomains", "on")).expectStatus().isSeeOther();
        assertThat(MEMBERSHIP.requests("PUT", PATH).get(0).body())
                .isEqualTo(saved(Map.of("\"customDomains\":false", "\"customDomains\":true")));
    }

    @Test
    void deactivating_a_plan_members_hold_says_how_many_keep_it() {
        MEMBERSHIP.answer("PUT", PATH, Answer.json(200, basic(false, 3)));
        save(ID, form("tab", "general", "name", "Basic", "slug", "basic", "description", "To start", "price",
                "10.00", "currency", "USD", "periodDuration", "1", "periodUnit", "month", "billingCycles", "0",
                "setupFee", "0.00", "trialDays", "0", "group", "main"))
                .expectStatus().isSeeOther();
        assertThat(MEMBERSHIP.requests("PUT", PATH).get(0).body())
                .isEqualTo(saved(Map.of("\"active\":true", "\"active\":false")));

        MEMBERSHIP.answer("GET", PATH, Answer.json(200, basic(false, 3)));
        assertThat(body("/admin/products/" + ID + "?tab=general&saved"))
                .contains("3 members still hold this plan; they keep it, it is no longer sold.");
    }

    @Test
    void a_new_product_is_created_with_its_general_fields_and_opened() {
        assertThat(body("/admin/products/new?type=package")).contains("<h1>New package</h1>")
                .contains("action=\"/admin/products\"").contains("name=\"type\" value=\"package\"")
                .contains("value=\"USD\"").doesNotContain("class=\"tabs\"");
        String created = "5e0c5a5e-1111-4a4a-8b8b-000000000002";
        MEMBERSHIP.answer("POST", "/api/admin/products", Answer.json(201, basic(true, 0).replace(ID, created)));

        save(null, form("type", "package", "tab", "general", "name", "Extra posts", "slug", "extra-posts",
                "description", "", "price", "5", "currency", "USD", "periodDuration", "1", "periodUnit", "month",
                "billingCycles", "0", "setupFee", "", "trialDays", "0", "active", "on"))
                .expectStatus().isSeeOther().expectHeader()
                .location("/admin/products/" + created + "?tab=general&created");
        assertThat(MEMBERSHIP.requests("POST", "/api/admin/products").get(0).body()).isEqualTo("{\"type\":\"package\","
                + "\"name\":\"Extra posts\",\"slug\":\"extra-posts\",\"description\":null,\"currency\":\"USD\","
                + "\"price\":5,\"setupFee\":null,\"periodDuration\":1,\"periodUnit\":\"month\",\"billingCycles\":0,"
                + "\"group\":null,\"active\":true,\"trialDays\":0}");

        MEMBERSHIP.answer("POST", "/api/admin/products", new Answer(409, "{\"status\":409,\"detail\":\"Another"
                + " product has this slug\",\"errors\":[{\"field\":\"slug\",\"message\":\"is already used\"}]}",
                Map.of("Content-Type", "application/problem+json")));
        save(null, form("type", "package", "tab", "general", "name", "Extra posts", "slug", "extra-posts"))
                .expectStatus().isEqualTo(409).expectBody(String.class).value(html -> assertThat(html)
                        .containsPattern("id=\"f-slug-error\"[^>]*>is already used<").contains("<h1>New package</h1>"));
    }

    @Test
    void an_unknown_product_or_tab_is_404_and_a_service_that_does_not_answer_is_503() {
        page("/admin/products/not-an-id").expectStatus().isNotFound();
        page("/admin/products/" + ID + "?tab=bogus").expectStatus().isNotFound();
        page("/admin/products/new?type=bogus").expectStatus().isNotFound();
        page("/admin/products/new").expectStatus().isNotFound();
        page("/admin/products/" + UUID.randomUUID()).expectStatus().isNotFound()
                .expectBody(String.class).value(html -> assertThat(html).contains("There is no such product"
                        ).doesNotContain("Exception"));

        SITE.answer("GET", "/api/admin/templates", Answer.json(503, "{}"));
        page("/admin/products/" + ID + "?tab=templates").expectStatus().isEqualTo(503).expectBody(String.class)
                .value(html -> assertThat(html).contains("temporarily unavailable").contains("aria-current=\"page\"")
                        .doesNotContain("id=\"product-form\""));

        MEMBERSHIP.answer("GET", "/api/admin/products", Answer.json(500, "{}"));
        MEMBERSHIP.answer("GET", PATH, Answer.json(503, "{}"));
        page("/admin/products").expectStatus().isEqualTo(503).expectBody(String.class)
                .value(html -> assertThat(html).contains("temporarily unavailable"));
        page("/admin/products/" + ID).expectStatus().isEqualTo(503);
        save(ID, form("tab", "general", "name", "Basic")).expectStatus().isEqualTo(503);
        assertThat(MEMBERSHIP.requests("PUT", PATH)).isEmpty();
    }

    private WebTestClient.ResponseSpec page(String uri) {
        return web.get().uri(uri).cookie(TokenCookies.ACCESS, ADMIN).exchange();
    }

    private String body(String uri) {
        return page(uri).expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    static Map<String, String> form(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    private WebTestClient.ResponseSpec save(String id, Map<String, String> fields) {
        var form = BodyInserters.fromFormData("_csrf", CSRF);
        fields.forEach(form::with);
        return web.post().uri(id == null ? "/admin/products" : "/admin/products/" + id)
                .cookie(TokenCookies.ACCESS, ADMIN).cookie("XSRF-TOKEN", CSRF)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).exchange();
    }
}
