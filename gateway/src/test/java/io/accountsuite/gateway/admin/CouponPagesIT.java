package io.accountsuite.gateway.admin;

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
import static io.accountsuite.gateway.admin.ProductPagesIT.ADMIN;
import static io.accountsuite.gateway.admin.ProductPagesIT.CSRF;
import static io.accountsuite.gateway.admin.ProductPagesIT.form;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin's coupons page (issue 20): the list from membership-service's {@code GET /api/admin/coupons} (the
 * contract's Coupon), the exact body a create sends, refusals beside their fields, deactivation, 503.
 */
@GatewayTest
class CouponPagesIT {

    static final String COUPONS = "[{\"code\":\"WELCOME10\",\"kind\":\"percent\",\"value\":\"10.00\",\"currency\":null,"
            + "\"duration\":\"once\",\"cycles\":null,\"appliesToRenewals\":false,\"active\":true,\"createdAt\":"
            + "\"2026-11-30T10:00:00Z\"},{\"code\":\"LOYAL5\",\"kind\":\"amount\",\"value\":\"5.00\",\"currency\":"
            + "\"USD\",\"duration\":\"repeating\",\"cycles\":3,\"appliesToRenewals\":true,\"active\":false,"
            + "\"createdAt\":\"2026-10-01T09:00:00Z\"}]";

    @Autowired WebTestClient web;
    @Autowired Backends backends;

    @BeforeEach
    void coupons() {
        GatewayTestBackends.resetAll();
        backends.resetBreakers();
        MEMBERSHIP.answer("GET", "/api/admin/coupons", Answer.json(200, COUPONS));
        MEMBERSHIP.answer("POST", "/api/admin/coupons", Answer.json(201, "{\"code\":\"SPRING\"}"));
    }

    @AfterEach
    void closeBreakers() {
        backends.resetBreakers();
    }

    @Test
    void a_customer_gets_403_and_a_visitor_is_sent_to_sign_in() {
        web.get().uri("/admin/coupons").exchange().expectStatus().is3xxRedirection().expectHeader()
                .location("/login");
        web.get().uri("/admin/coupons").cookie(TokenCookies.ACCESS, TestTokens.accessToken(UUID.randomUUID()))
                .exchange().expectStatus().isForbidden();
        assertThat(MEMBERSHIP.requests()).isEmpty();
    }

    @Test
    void the_list_shows_each_coupon_with_its_discount_duration_and_whether_it_applies_to_renewals() {
        String html = body("/admin/coupons");

        assertThat(html).contains("<code>WELCOME10</code>").contains("<td>10 %</td>").contains("<td>Once</td>")
                .contains("<td>$5.00</td>").contains("<td>Repeating, 3 cycles</td>").contains("<td>Oct 1, 2026</td>")
                .contains("Applies to renewals").contains("action=\"/admin/coupons/WELCOME10/deactivation\"")
                .doesNotContain("/admin/coupons/LOYAL5/deactivation").contains("class=\"scroll\"")
                .contains("<label for=\"code\">Code</label>")
                .containsPattern("id=\"kind-percent\"[^>]*checked").containsPattern("id=\"duration-once\"[^>]*checked")
                .contains("Forever: every invoice, renewals included (applies to renewals)");
        assertThat(html.substring(html.indexOf("id=\"coupon-form\""))).contains("name=\"_csrf\"");
    }

    @Test
    void creating_sends_the_coupon_as_typed_with_currency_and_cycles_only_where_they_apply() {
        create(form("code", " spring ", "kind", "amount", "value", "7,50", "currency", "eur", "duration", "repeating",
                "cycles", "3")).expectStatus().isSeeOther().expectHeader().location("/admin/coupons?created");
        create(form("code", "HALF", "kind", "percent", "value", "50", "currency", "USD", "duration", "forever",
                "cycles", "4")).expectStatus().isSeeOther();

        var sent = MEMBERSHIP.requests("POST", "/api/admin/coupons");
        assertThat(sent.get(0).body()).isEqualTo("{\"code\":\"SPRING\",\"kind\":\"amount\",\"value\":7.50,"
                + "\"currency\":\"EUR\",\"duration\":\"repeating\",\"cycles\":3}");
        assertThat(sent.get(1).body()).isEqualTo("{\"code\":\"HALF\",\"kind\":\"percent\",\"value\":50,"
                + "\"duration\":\"forever\"}");
        assertThat(body("/admin/coupons?created")).contains("The coupon is created.");
    }

    @Test
    void a_refusal_comes_back_beside_its_field_and_a_taken_code_beside_the_code() {
        MEMBERSHIP.answer("POST", "/api/admin/coupons", new Answer(400, "{\"status\":400,\"detail\":\"Some fields are"
                + " invalid; see errors\",\"errors\":[{\"field\":\"cycles\",\"message\":\"is required for a repeating"
                + " coupon\"}]}", Map.of("Content-Type", "application/problem+json")));
        create(form("code", "SPRING", "kind", "percent", "value", "10", "duration", "repeating", "cycles", ""))
                .expectStatus().isBadRequest().expectBody(String.class).value(html -> assertThat(html)
                        .containsPattern("id=\"f-cycles-error\"[^>]*>is required for a repeating coupon<")
                        .containsPattern("name=\"cycles\"[^>]*aria-invalid=\"true\"")
                        .containsPattern("id=\"duration-repeating\"[^>]*checked").contains("value=\"SPRING\"")
                        .contains("<code>WELCOME10</code>"));

        MEMBERSHIP.answer("POST", "/api/admin/coupons", new Answer(409, "{\"type\":\"https://account-suite.example/"
                + "problems/coupon-code-taken\",\"status\":409,\"detail\":\"Another coupon has this code\"}",
                Map.of("Content-Type", "application/problem+json")));
        create(form("code", "WELCOME10", "kind", "percent", "value", "10", "duration", "once"))
                .expectStatus().isEqualTo(409).expectBody(String.class).value(html -> assertThat(html)
                        .containsPattern("id=\"f-code-error\"[^>]*>Another coupon has this code<"));
    }

    @Test
    void deactivating_asks_membership_service_and_says_so() {
        MEMBERSHIP.answer("POST", "/api/admin/coupons/WELCOME10/deactivation", Answer.json(200, "{}"));
        post("/admin/coupons/WELCOME10/deactivation", Map.of()).expectStatus().isSeeOther().expectHeader()
                .location("/admin/coupons?deactivated");
        assertThat(MEMBERSHIP.requests("POST", "/api/admin/coupons/WELCOME10/deactivation")).hasSize(1);
        assertThat(body("/admin/coupons?deactivated")).contains("The coupon is deactivated");

        post("/admin/coupons/NOSUCH/deactivation", Map.of()).expectStatus().isNotFound();
        post("/admin/coupons/AB/deactivation", Map.of()).expectStatus().isNotFound();
    }

    @Test
    void a_membership_service_that_does_not_answer_is_503() {
        MEMBERSHIP.answer("GET", "/api/admin/coupons", Answer.json(503, "{}"));
        web.get().uri("/admin/coupons").cookie(TokenCookies.ACCESS, ADMIN).exchange().expectStatus().isEqualTo(503)
                .expectBody(String.class).value(html -> assertThat(html).contains("temporarily unavailable")
                        .doesNotContain("id=\"coupon-form\""));
        MEMBERSHIP.answer("POST", "/api/admin/coupons", Answer.json(500, "{}"));
        create(form("code", "SPRING", "kind", "percent", "value", "10", "duration", "once"))
                .expectStatus().isEqualTo(503);
    }

    private String body(String uri) {
        return web.get().uri(uri).cookie(TokenCookies.ACCESS, ADMIN).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec create(Map<String, String> fields) {
        return post("/admin/coupons", fields);
    }

    private WebTestClient.ResponseSpec post(String uri, Map<String, String> fields) {
        var form = BodyInserters.fromFormData("_csrf", CSRF);
        fields.forEach(form::with);
        return web.post().uri(uri).cookie(TokenCookies.ACCESS, ADMIN).cookie("XSRF-TOKEN", CSRF)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).exchange();
    }
}
