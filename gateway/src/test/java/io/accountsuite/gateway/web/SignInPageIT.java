package io.accountsuite.gateway.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.accountsuite.gateway.GatewayTest;
import io.accountsuite.gateway.security.TokenCookies;
import io.accountsuite.testkit.StubBackend.Answer;
import io.accountsuite.testkit.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static io.accountsuite.gateway.GatewayTestBackends.IDENTITY;
import static org.assertj.core.api.Assertions.assertThat;

@GatewayTest
class SignInPageIT {

    private static final String CSRF = "csrf-token-value";

    @Autowired WebTestClient web;


    @BeforeEach
    void answers() {
        IDENTITY.reset();
    }

    @Test
    void the_sign_in_page_has_a_labelled_form_and_sets_the_csrf_cookie() {
        web.get().uri("/login").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectCookie().exists("XSRF-TOKEN")
                .expectBody(String.class).value(html -> assertThat(html)
                        .contains("<label for=\"email\">").contains("<label for=\"password\">")
                        .as("one CSRF field (th:action adds it)").containsOnlyOnce("name=\"_csrf\""));
    }

    @Test
    void signing_in_sets_httponly_secure_lax_cookies_and_goes_to_the_account_page() {
        String access = TestTokens.accessToken(UUID.randomUUID());
        IDENTITY.answer("POST", "/api/auth/login", Answer.json(200,
                "{\"accessToken\":\"" + access + "\",\"refreshToken\":\"r1\",\"expiresIn\":900}"));

        var result = signIn("ann@example.com", "a long passphrase")
                .expectStatus().isSeeOther()
                .expectHeader().location("/account")
                .expectBody().returnResult();

        List<String> cookies = result.getResponseHeaders().get("Set-Cookie");
        assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith(TokenCookies.ACCESS + "=" + access)
                .containsIgnoringCase("HttpOnly").contains("Secure").contains("SameSite=Lax"));
        assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith(TokenCookies.REFRESH + "=r1")
                .containsIgnoringCase("HttpOnly"));
        assertThat(IDENTITY.requests("POST", "/api/auth/login").get(0).body()).contains("ann@example.com");
    }

    @Test
    void a_refused_sign_in_explains_why_on_the_page() {
        IDENTITY.answer("POST", "/api/auth/login", Answer.json(401, "{\"status\":401}"));
        signIn("ann@example.com", "wrong").expectStatus().isUnauthorized()
                .expectBody(String.class).value(html -> assertThat(html).contains("Wrong email or password."));

        IDENTITY.answer("POST", "/api/auth/login", new Answer(429, "{\"status\":429}",
                Map.of("Content-Type", "application/json", "Retry-After", "42")));
        signIn("ann@example.com", "wrong").expectStatus().isEqualTo(429)
                .expectBody(String.class).value(html -> assertThat(html).contains("Try again in 42 seconds."));
    }

    @Test
    void with_identity_failing_the_sign_in_page_says_so_and_an_open_page_keeps_its_session_for_later() {
        IDENTITY.answer("POST", "/api/auth/login", Answer.json(500, "{\"status\":500}"));
        signIn("ann@example.com", "a long passphrase").expectStatus().isEqualTo(503)
                .expectHeader().valueEquals("Retry-After", "5")
                .expectBody(String.class).value(html -> assertThat(html).contains("temporarily unavailable"));

        IDENTITY.answer("POST", "/api/auth/refresh", Answer.json(503, "{\"status\":503}"));
        var result = web.get().uri("/account").cookie(TokenCookies.REFRESH, "r1").exchange()
                .expectStatus().isFound().expectHeader().location("/login")
                .expectBody().returnResult();
        assertThat(IDENTITY.requests("POST", "/api/auth/refresh")).hasSize(1);
        assertThat(result.getResponseHeaders().getOrEmpty("Set-Cookie"))
                .as("the refresh cookie stays for when identity is back")
                .noneMatch(c -> c.startsWith(TokenCookies.REFRESH + "="));
    }

    @Test
    void a_sign_in_without_the_csrf_token_is_refused() {
        web.post().uri("/login").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("email", "ann@example.com").with("password", "x"))
                .exchange().expectStatus().isForbidden();
        assertThat(IDENTITY.requests("POST", "/api/auth/login")).isEmpty();
    }

    @Test
    void the_account_page_needs_a_session_and_shows_the_profile() {
        web.get().uri("/account").exchange().expectStatus().isFound().expectHeader().location("/login");

        IDENTITY.answer("GET", "/api/account/profile",
                Answer.json(200, "{\"name\":\"Ann Example\",\"email\":\"ann@example.com\"}"));
        web.get().uri("/account").cookie(TokenCookies.ACCESS, TestTokens.accessToken(UUID.randomUUID()))
                .exchange().expectStatus().isOk()
                .expectBody(String.class).value(html -> assertThat(html).contains("Ann Example"));
    }

    @Test
    void signing_out_ends_the_session_and_clears_the_cookies() {
        IDENTITY.answer("POST", "/api/auth/logout", Answer.json(204, ""));
        String access = TestTokens.accessToken(UUID.randomUUID());
        var result = web.post().uri("/logout").cookie(TokenCookies.ACCESS, access)
                .cookie("XSRF-TOKEN", CSRF)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("_csrf", CSRF))
                .exchange().expectStatus().isSeeOther()
                .expectHeader().location("/login?signedOut")
                .expectBody().returnResult();
        assertThat(result.getResponseHeaders().get("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith(TokenCookies.ACCESS + "=;").contains("Max-Age=0"));
        assertThat(IDENTITY.requests("POST", "/api/auth/logout").get(0).header("Authorization"))
                .isEqualTo("Bearer " + access);
    }

    private WebTestClient.ResponseSpec signIn(String email, String password) {
        return web.post().uri("/login").cookie("XSRF-TOKEN", CSRF)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("email", email).with("password", password).with("_csrf", CSRF))
                .exchange();
    }
}
