package io.accountsuite.gateway.language;

import java.util.List;
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
import static io.accountsuite.gateway.GatewayTestBackends.MEMBERSHIP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which language the gateway answers in (issue 21): the {@code lang} cookie, else Accept-Language, else English;
 * {@code ?lang=} and a sign-in remember it; the services are asked in it; the account page's switch saves it.
 */
@GatewayTest
class PageLanguageIT {

    private static final String CSRF = "csrf-token-value";

    @Autowired WebTestClient web;

    @BeforeEach
    void answers() {
        IDENTITY.reset();
        MEMBERSHIP.reset();
    }

    @Test
    void a_browser_that_prefers_french_gets_the_sign_in_page_in_french_with_a_link_to_english() {
        String html = page(web.get().uri("/login").header("Accept-Language", "fr-CA,fr;q=0.9,en;q=0.5"));
        assertThat(html).contains("<html lang=\"fr\"").contains("Se connecter").contains("Mot de passe")
                .contains("href=\"?lang=en\"").contains(">English<").doesNotContain("??");
    }

    @Test
    void without_a_language_we_speak_the_page_is_english() {
        assertThat(page(web.get().uri("/login").header("Accept-Language", "de-DE,de;q=0.9")))
                .contains("<html lang=\"en\"").contains(">Sign in<").contains(">Français<");
        assertThat(page(web.get().uri("/login").header("Accept-Language", ";;;q=x")))
                .as("a malformed header is no language").contains("<html lang=\"en\"");
    }

    @Test
    void a_chosen_language_is_remembered_in_a_cookie_that_wins_over_the_browser() {
        var result = web.get().uri("/signup?lang=fr").header("Accept-Language", "en-US").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult();
        assertThat(result.getResponseBody()).contains("Créer un compte");
        assertThat(result.getResponseHeaders().get("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith(PageLanguage.COOKIE + "=fr").contains("Path=/").containsIgnoringCase("HttpOnly")
                .contains("SameSite=Lax"));

        assertThat(page(web.get().uri("/login").cookie(PageLanguage.COOKIE, "fr").header("Accept-Language", "en")))
                .contains("<html lang=\"fr\"");
        assertThat(page(web.get().uri("/login").cookie(PageLanguage.COOKIE, "xx").header("Accept-Language", "fr")))
                .as("a cookie naming no language of ours is ignored").contains("<html lang=\"fr\"");
    }

    @Test
    void the_gateway_asks_the_services_in_the_page_language_not_the_browser_list() {
        IDENTITY.answer("POST", "/api/auth/login", Answer.json(401, "{\"status\":401}"));
        signIn().cookie(PageLanguage.COOKIE, "fr").header("Accept-Language", "en-US,en;q=0.9").exchange()
                .expectStatus().isUnauthorized()
                .expectBody(String.class).value(html -> assertThat(html).contains("E-mail ou mot de passe incorrect."));
        assertThat(IDENTITY.requests("POST", "/api/auth/login").get(0).header("Accept-Language")).isEqualTo("fr");

        MEMBERSHIP.answer("GET", "/api/catalog", Answer.json(200, "{\"plans\":[]}"));
        web.get().uri("/api/catalog").cookie(PageLanguage.COOKIE, "fr").header("Accept-Language", "en-US")
                .exchange().expectStatus().isOk();
        assertThat(MEMBERSHIP.requests("GET", "/api/catalog").get(0).header("Accept-Language"))
                .as("a routed request").isEqualTo("fr");
    }

    @Test
    void signing_in_brings_the_customer_saved_language_to_this_browser() {
        String access = TestTokens.accessToken(UUID.randomUUID());
        IDENTITY.answer("POST", "/api/auth/login", Answer.json(200, "{\"accessToken\":\"" + access
                + "\",\"refreshToken\":\"r1\",\"expiresIn\":900,\"language\":\"fr\"}"));
        List<String> cookies = signIn().exchange().expectStatus().isSeeOther().expectBody().returnResult()
                .getResponseHeaders().get("Set-Cookie");
        assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith(PageLanguage.COOKIE + "=fr"));
    }

    @Test
    void the_account_page_switch_saves_the_language_in_the_profile_and_this_browser() {
        IDENTITY.answer("PATCH", "/api/account/profile", Answer.json(200, "{\"language\":\"fr\"}"));
        var result = chooseLanguage("fr").expectStatus().isSeeOther().expectHeader().location("/account")
                .expectBody().returnResult();
        assertThat(result.getResponseHeaders().get("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith(PageLanguage.COOKIE + "=fr"));
        assertThat(IDENTITY.requests("PATCH", "/api/account/profile")).singleElement()
                .satisfies(request -> assertThat(request.body()).isEqualTo("{\"language\":\"fr\"}"));
    }

    @Test
    void a_language_identity_could_not_save_is_said_and_one_we_do_not_speak_changes_nothing() {
        IDENTITY.answer("PATCH", "/api/account/profile", Answer.json(503, "{\"status\":503}"));
        chooseLanguage("fr").expectStatus().isSeeOther().expectHeader().location("/account?unsaved=language");

        IDENTITY.reset();
        chooseLanguage("de").expectStatus().isSeeOther().expectHeader().location("/account");
        assertThat(IDENTITY.requests("PATCH", "/api/account/profile")).isEmpty();
    }

    private WebTestClient.ResponseSpec chooseLanguage(String language) {
        return web.post().uri("/account/language")
                .cookie(TokenCookies.ACCESS, TestTokens.accessToken(UUID.randomUUID())).cookie("XSRF-TOKEN", CSRF)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("language", language).with("_csrf", CSRF)).exchange();
    }

    private WebTestClient.RequestHeadersSpec<?> signIn() {
        return web.post().uri("/login").cookie("XSRF-TOKEN", CSRF)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("email", "ann@example.com").with("password", "x")
                        .with("_csrf", CSRF));
    }

    private static String page(WebTestClient.RequestHeadersSpec<?> request) {
        return request.exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }
}
