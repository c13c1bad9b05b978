package io.accountsuite.gateway.web;

import java.util.Map;

import io.accountsuite.gateway.GatewayTest;
import io.accountsuite.gateway.GatewayTestBackends;
import io.accountsuite.testkit.StubBackend.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static io.accountsuite.gateway.GatewayTestBackends.IDENTITY;
import static io.accountsuite.gateway.GatewayTestBackends.NOTIFICATION;
import static org.assertj.core.api.Assertions.assertThat;

/** The pages of issue 19 that need no session: signing up, and the verification link's page. */
@GatewayTest
class SignUpAndVerificationPagesIT {

    private static final String CSRF = "csrf-token-value";
    private static final String TOKEN = "t".repeat(43);

    @Autowired WebTestClient web;

    @BeforeEach
    void reset() {
        GatewayTestBackends.resetAll();
    }

    @Test
    void signing_up_says_check_your_mailbox_then_sign_in_whatever_identity_knows_of_the_address() {
        web.get().uri("/signup").exchange().expectStatus().isOk().expectBody(String.class)
                .value(html -> assertThat(html).contains("<label for=\"name\">").contains("<label for=\"email\">")
                        .contains("autocomplete=\"new-password\"").containsOnlyOnce("name=\"_csrf\""));
        IDENTITY.answer("POST", "/api/auth/register", Answer.json(202, "{\"status\":\"accepted\"}"));

        signUp("Ann Example", "ann@example.com", "a long passphrase").expectStatus().isOk()
                .expectBody(String.class).value(html -> assertThat(html).contains("<h1>Sign in</h1>")
                        .contains("We sent a link to ann@example.com").contains("You can sign in now."));
        assertThat(IDENTITY.requests("POST", "/api/auth/register").get(0).body()).contains("\"name\":\"Ann Example\"");
        assertThat(IDENTITY.requests("POST", "/api/auth/login")).isEmpty();
    }

    @Test
    void a_refused_sign_up_shows_each_field_error_and_keeps_what_was_typed() {
        IDENTITY.answer("POST", "/api/auth/register", new Answer(400, "{\"status\":400,\"errors\":["
                + "{\"field\":\"password\",\"message\":\"must have at least 12 characters\"}]}",
                Map.of("Content-Type", "application/problem+json")));
        signUp("Ann <Example>", "ann@example.com", "short").expectStatus().isBadRequest()
                .expectBody(String.class).value(html -> assertThat(html)
                        .contains("must have at least 12 characters").contains("aria-invalid=\"true\"")
                        .contains("value=\"Ann &lt;Example&gt;\"").doesNotContain("short"));

        IDENTITY.answer("POST", "/api/auth/register", Answer.json(429, "{\"status\":429}"));
        signUp("Ann", "ann@example.com", "a long passphrase").expectStatus().isEqualTo(429);
        IDENTITY.answer("POST", "/api/auth/register", Answer.json(500, "{\"status\":500}"));
        signUp("Ann", "ann@example.com", "a long passphrase").expectStatus().isEqualTo(503);
    }

    @Test
    void opening_the_link_only_shows_a_button_and_pressing_it_spends_the_link() {
        web.get().uri("/verify-email?token=" + TOKEN).exchange().expectStatus().isOk().expectBody(String.class)
                .value(html -> assertThat(html).contains("id=\"confirm-email\"").contains("value=\"" + TOKEN + "\""));
        assertThat(NOTIFICATION.requests("POST", "/api/account/email/verification")).isEmpty();

        NOTIFICATION.answer("POST", "/api/account/email/verification", Answer.json(200,
                "{\"status\":\"verified\",\"purpose\":\"registration\"}"));
        confirm().expectStatus().isOk().expectBody(String.class)
                .value(html -> assertThat(html).contains("Your email address is confirmed."));
        assertThat(NOTIFICATION.requests("POST", "/api/account/email/verification").get(0).body())
                .isEqualTo("{\"token\":\"" + TOKEN + "\"}");
        NOTIFICATION.answer("POST", "/api/account/email/verification", Answer.json(200,
                "{\"status\":\"verified\",\"purpose\":\"email-change\"}"));
        confirm().expectStatus().isOk().expectBody(String.class)
                .value(html -> assertThat(html).contains("Your new email address is confirmed"));

        NOTIFICATION.answer("POST", "/api/account/email/verification", new Answer(400,
                "{\"status\":400,\"type\":\"https://account-suite.example/problems/invalid-verification-link\"}",
                Map.of("Content-Type", "application/problem+json")));
        confirm().expectStatus().isBadRequest().expectBody(String.class)
                .value(html -> assertThat(html).contains("This link cannot be used"));
        NOTIFICATION.answer("POST", "/api/account/email/verification", Answer.json(502, "{}"));
        confirm().expectStatus().isEqualTo(503).expectBody(String.class)
                .value(html -> assertThat(html).contains("temporarily unavailable"));
    }

    @Test
    void a_form_that_is_not_validly_url_encoded_is_a_400_problem_on_every_page() {
        for (String path : new String[] {"/verify-email", "/signup", "/login", "/account/actions"}) {
            for (String body : new String[] {"_csrf=" + CSRF + "&token=%ZZ", "_csrf=%ZZ&token=x"}) {
                web.post().uri(path).cookie("XSRF-TOKEN", CSRF)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue(body)
                        .exchange().expectStatus().isBadRequest()
                        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                        .expectBody().jsonPath("$.type")
                        .isEqualTo("https://account-suite.example/problems/malformed-request");
            }
        }
        assertThat(NOTIFICATION.requests("POST", "/api/account/email/verification")).isEmpty();
    }

    private WebTestClient.ResponseSpec signUp(String name, String email, String password) {
        return web.post().uri("/signup").cookie("XSRF-TOKEN", CSRF)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("name", name).with("email", email).with("password", password)
                        .with("_csrf", CSRF))
                .exchange();
    }

    private WebTestClient.ResponseSpec confirm() {
        return web.post().uri("/verify-email").cookie("XSRF-TOKEN", CSRF)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("token", TOKEN).with("_csrf", CSRF))
                .exchange();
    }
}
