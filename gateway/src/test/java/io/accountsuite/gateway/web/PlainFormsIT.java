package io.accountsuite.gateway.web;

import java.util.Map;
import java.util.UUID;

import io.accountsuite.gateway.GatewayTest;
import io.accountsuite.gateway.GatewayTestBackends;
import io.accountsuite.gateway.security.TokenCookies;
import io.accountsuite.platform.problem.ProblemType;
import io.accountsuite.testkit.StubBackend.Answer;
import io.accountsuite.testkit.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static io.accountsuite.gateway.GatewayTestBackends.BILLING;
import static io.accountsuite.gateway.GatewayTestBackends.IDENTITY;
import static org.assertj.core.api.Assertions.assertThat;

/** The billing address, password and email forms as plain pages, for browsers without JavaScript. */
@GatewayTest
class PlainFormsIT {


    @Autowired WebTestClient web;
    private final String token = TestTokens.accessToken(UUID.randomUUID());

    @BeforeEach
    void reset() {
        GatewayTestBackends.resetAll();
    }

    @Test
    void the_address_page_shows_the_current_address() {
        BILLING.answer("GET", "/api/billing/address", Answer.json(200,
                "{\"email\":\"billing@example.com\",\"line1\":\"1 rue de la Farine\",\"city\":\"Lyon\","
                        + "\"postalCode\":\"69001\",\"country\":\"FR\"}"));
        web.get().uri("/account/billing-address").cookie(TokenCookies.ACCESS, token).exchange()
                .expectStatus().isOk().expectBody(String.class).value(html -> assertThat(html)
                        .contains("value=\"1 rue de la Farine\"").contains("value=\"69001\"")
                        .contains("name=\"_csrf\"").contains("<title>Billing address · Your account</title>")
                        .contains("action=\"/account/billing-address\"").doesNotContain("<script"));
    }

    @Test
    void a_refused_address_comes_back_with_the_message_next_to_its_field_and_what_was_typed() {
        BILLING.answer("PUT", "/api/billing/address", new Answer(400, """
                {"type":"https://account-suite.example/problems/validation-failed","status":400,
                 "errors":[{"field":"postalCode","message":"is not a valid postal code for FR"}]}""",
                Map.of("Content-Type", "application/problem+json")));

        String html = post("/account/billing-address", Map.of("email", "billing@example.com", "line1", "1 rue",
                "city", "Lyon", "country", "FR", "postalCode", "ABC"))
                .expectStatus().isBadRequest().expectBody(String.class).returnResult().getResponseBody();
        assertThat(html).contains("is not a valid postal code for FR").contains("value=\"ABC\"")
                .contains("Please correct the fields below.");
        String field = html.substring(html.indexOf("id=\"address-postalCode\""));
        assertThat(field.substring(0, field.indexOf('>'))).contains("aria-invalid=\"true\"");
        assertThat(BILLING.requests("PUT", "/api/billing/address").get(0).body())
                .contains("\"postalCode\":\"ABC\"").doesNotContain("companyName");
    }

    @Test
    void a_saved_address_leads_back_to_the_account_page() {
        BILLING.answer("PUT", "/api/billing/address", Answer.json(200, "{}"));
        post("/account/billing-address", Map.of("email", "b@example.com", "line1", "1 rue", "city", "Lyon",
                "country", "FR", "postalCode", "69001"))
                .expectStatus().is3xxRedirection().expectHeader().location("/account?saved=address");
    }

    @Test
    void a_changed_password_keeps_this_browser_signed_in_with_the_fresh_session() {
        IDENTITY.answer("POST", "/api/account/password", Answer.json(200,
                "{\"accessToken\":\"fresh-access\",\"refreshToken\":\"fresh-refresh\",\"expiresIn\":900}"));
        post("/account/password", Map.of("currentPassword", "old one", "newPassword", "a new passphrase",
                "newPasswordConfirmation", "a new passphrase"))
                .expectStatus().is3xxRedirection().expectHeader().location("/account?saved=password")
                .expectCookie().value(TokenCookies.ACCESS, value -> assertThat(value).isEqualTo("fresh-access"));
    }

    @Test
    void an_email_change_without_javascript_is_sent_to_identity_and_the_page_says_the_link_is_on_its_way() {
        web.get().uri("/account/email").cookie(TokenCookies.ACCESS, token).exchange().expectStatus().isOk()
                .expectBody(String.class).value(html -> assertThat(html)
                        .contains("<title>Change email · Your account</title>").contains("action=\"/account/email\"")
                        .contains("name=\"newEmail\"").contains("name=\"password\"").contains("name=\"_csrf\""));
        IDENTITY.answer("POST", "/api/account/email", new Answer(204, "", Map.of()));

        post("/account/email", Map.of("newEmail", " ann@new.example ", "password", " my password "))
                .expectStatus().is3xxRedirection().expectHeader().location("/account?saved=email");
        assertThat(IDENTITY.requests("POST", "/api/account/email").get(0).body())
                .contains("\"newEmail\":\"ann@new.example\"").contains("\"password\":\" my password \"");
    }

    @Test
    void a_refused_email_change_comes_back_with_the_message_next_to_its_field_and_the_address_typed() {
        IDENTITY.answer("POST", "/api/account/email", new Answer(400, """
                {"type":"https://account-suite.example/problems/validation-failed","status":400,
                 "errors":[{"field":"password","message":"is not your current password"}]}""",
                Map.of("Content-Type", "application/problem+json")));

        String html = post("/account/email", Map.of("newEmail", "ann@new.example", "password", "wrong"))
                .expectStatus().isBadRequest().expectBody(String.class).returnResult().getResponseBody();
        assertThat(html).contains("is not your current password").contains("value=\"ann@new.example\"")
                .doesNotContain("value=\"wrong\"");
        String field = html.substring(html.indexOf("id=\"email-password\""));
        assertThat(field.substring(0, field.indexOf('>'))).contains("aria-invalid=\"true\"");
    }

    @Test
    void the_forms_need_the_csrf_token() {
        web.post().uri("/account/billing-address").cookie(TokenCookies.ACCESS, token)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("city", "Lyon")).exchange().expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(ProblemType.BASE + "csrf-token-invalid");
        assertThat(BILLING.requests("PUT", "/api/billing/address")).isEmpty();
    }

    private WebTestClient.ResponseSpec post(String path, Map<String, String> fields) {
        return PageForms.post(web, token, path, fields);
    }
}
