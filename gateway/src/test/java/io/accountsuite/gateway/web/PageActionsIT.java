package io.accountsuite.gateway.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.accountsuite.gateway.GatewayTest;
import io.accountsuite.gateway.GatewayTestBackends;
import io.accountsuite.gateway.security.TokenCookies;
import io.accountsuite.testkit.StubBackend.Answer;
import io.accountsuite.testkit.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import static io.accountsuite.gateway.GatewayTestBackends.BILLING;
import static io.accountsuite.gateway.GatewayTestBackends.DOMAIN;
import static io.accountsuite.gateway.GatewayTestBackends.MEMBERSHIP;
import static org.assertj.core.api.Assertions.assertThat;

/** The page's one-button actions as plain form posts, for browsers without JavaScript. */
@GatewayTest
class PageActionsIT {


    private static final String INVOICE = "/api/billing/invoices/" + UUID.randomUUID() + "/payment";

    @Autowired WebTestClient web;
    private final String token = TestTokens.accessToken(UUID.randomUUID());

    @BeforeEach
    void reset() {
        GatewayTestBackends.resetAll();
    }

    @Test
    void an_action_with_a_question_asks_it_on_a_page_before_anything_is_sent() {
        String html = act(Map.of("method", "POST", "path", INVOICE, "confirm", "Pay INV-2026-000001 now?"))
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        assertThat(html).contains("Pay INV-2026-000001 now?").contains("name=\"confirmed\" value=\"yes\"")
                .contains("value=\"" + INVOICE + "\"").contains("name=\"_csrf\"");
        assertThat(BILLING.requests("POST", INVOICE)).isEmpty();
    }

    @Test
    void a_confirmed_action_is_relayed_with_the_callers_token_and_leads_back_to_the_page() {
        BILLING.answer("POST", INVOICE, Answer.json(200, "{}"));

        act(Map.of("method", "POST", "path", INVOICE, "confirm", "Pay?", "confirmed", "yes"))
                .expectStatus().is3xxRedirection().expectHeader().location("/account?done=action");

        assertThat(BILLING.requests("POST", INVOICE)).singleElement()
                .satisfies(sent -> assertThat(sent.headers().toString()).contains("Bearer " + token));
    }

    @Test
    void making_a_domain_primary_sends_the_confirmation_the_api_asks_for() {
        String path = "/api/sites/" + UUID.randomUUID() + "/domains/" + UUID.randomUUID() + "/primary";
        DOMAIN.answer("POST", path, Answer.json(200, "{}"));

        act(Map.of("method", "POST", "path", path, "confirm", "Make it primary?", "confirmed", "yes"))
                .expectStatus().is3xxRedirection();

        assertThat(DOMAIN.requests("POST", path)).singleElement()
                .satisfies(sent -> assertThat(sent.body()).isEqualTo("{\"confirm\":true}"));
    }

    @Test
    void a_refusal_comes_back_to_the_page_in_the_services_words() {
        String path = "/api/memberships/" + UUID.randomUUID() + "/resubscription";
        MEMBERSHIP.answer("POST", path, new Answer(409, """
                {"type":"https://account-suite.example/problems/conflict","status":409,
                 "detail":"This membership is active; there is nothing to resubscribe to"}""",
                Map.of("Content-Type", "application/problem+json")));

        var answer = act(Map.of("method", "POST", "path", path)).expectStatus().is3xxRedirection()
                .expectHeader().location("/account").returnResult(Void.class);
        var refusal = answer.getResponseCookies().getFirst("page_refusal");

        assertThat(refusal.getValue()).startsWith("This+membership+is+active");
        assertThat(refusal.isHttpOnly()).isTrue();
        assertThat(refusal.getSameSite()).isEqualTo("Strict");
        String page = web.get().uri("/account").cookie(TokenCookies.ACCESS, token)
                .cookie("page_refusal", refusal.getValue()).exchange()
                .expectCookie().maxAge("page_refusal", Duration.ZERO)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("This membership is active; there is nothing to resubscribe to");
    }

    @Test
    void the_page_shows_no_refusal_from_its_address() {
        String page = web.get().uri("/account?problem=Call+this+number").cookie(TokenCookies.ACCESS, token)
                .exchange().expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).doesNotContain("Call this number");
    }

    @Test
    void only_the_pages_own_actions_are_relayed() {
        for (Map<String, String> form : List.of(
                Map.of("method", "POST", "path", "/api/admin/customers"),
                Map.of("method", "DELETE", "path", INVOICE),
                Map.of("method", "POST", "path", INVOICE + "/../../admin"),
                Map.of("method", "GET", "path", "/api/account/export"))) {
            act(form).expectStatus().is3xxRedirection().expectHeader().location("/account")
                    .expectCookie().value("page_refusal", v -> assertThat(v).isEqualTo("This+action+is+not+offered+on+the+page."));
        }
        assertThat(BILLING.requests("DELETE", INVOICE)).isEmpty();
    }

    @Test
    void the_form_needs_the_csrf_token() {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("method", "POST");
        form.add("path", INVOICE);
        web.post().uri("/account/actions").cookie(TokenCookies.ACCESS, token)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(BodyInserters.fromFormData(form))
                .exchange().expectStatus().isForbidden();
        assertThat(BILLING.requests("POST", INVOICE)).isEmpty();
    }

    private WebTestClient.ResponseSpec act(Map<String, String> fields) {
        return PageForms.post(web, token, "/account/actions", fields);
    }
}
