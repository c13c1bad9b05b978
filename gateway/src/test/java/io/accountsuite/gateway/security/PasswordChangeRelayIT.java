package io.accountsuite.gateway.security;

import java.util.Map;
import java.util.UUID;

import io.accountsuite.gateway.GatewayTest;
import io.accountsuite.testkit.StubBackend.Answer;
import io.accountsuite.testkit.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static io.accountsuite.gateway.GatewayTestBackends.IDENTITY;
import static org.assertj.core.api.Assertions.assertThat;

@GatewayTest
class PasswordChangeRelayIT {

    private static final String BODY = "{\"currentPassword\":\"old\",\"newPassword\":\"n\",\"newPasswordConfirmation\":\"n\"}";
    private static final String FRESH = "{\"accessToken\":\"fresh-access\",\"refreshToken\":\"fresh-refresh\",\"expiresIn\":900}";


    @Autowired WebTestClient web;

    @BeforeEach
    void reset() {
        IDENTITY.reset();
    }

    @Test
    void the_page_that_changed_the_password_gets_the_fresh_session_in_its_cookies() {
        IDENTITY.answer("POST", "/api/account/password", Answer.json(200, FRESH));
        String token = TestTokens.accessToken(UUID.randomUUID());

        web.post().uri("/api/account/password").contentType(MediaType.APPLICATION_JSON).bodyValue(BODY)
                .cookie(TokenCookies.ACCESS, token)
                .cookie("XSRF-TOKEN", "t1").header("X-XSRF-TOKEN", "t1")
                .exchange().expectStatus().isOk()
                .expectCookie().value(TokenCookies.ACCESS, value -> assertThat(value).isEqualTo("fresh-access"))
                .expectCookie().httpOnly(TokenCookies.REFRESH, true);

        var relayed = IDENTITY.requests("POST", "/api/account/password");
        assertThat(relayed).hasSize(1);
        assertThat(relayed.get(0).header("Authorization")).isEqualTo("Bearer " + token);
        assertThat(relayed.get(0).body()).contains("\"currentPassword\":\"old\"");
    }

    @Test
    void an_api_client_gets_the_pair_in_the_body_and_no_cookies() {
        IDENTITY.answer("POST", "/api/account/password", Answer.json(200, FRESH));

        web.post().uri("/api/account/password").contentType(MediaType.APPLICATION_JSON).bodyValue(BODY)
                .headers(h -> h.setBearerAuth(TestTokens.accessToken(UUID.randomUUID())))
                .exchange().expectStatus().isOk()
                .expectCookie().doesNotExist(TokenCookies.ACCESS)
                .expectBody().jsonPath("$.accessToken").isEqualTo("fresh-access");
    }

    @Test
    void a_refusal_reaches_the_caller_as_identity_gave_it_and_keeps_the_session() {
        IDENTITY.answer("POST", "/api/account/password", new Answer(400, """
                {"type":"https://account-suite.example/problems/validation-failed","status":400,
                 "errors":[{"field":"newPassword","message":"is too common"}]}""",
                Map.of("Content-Type", "application/problem+json")));

        web.post().uri("/api/account/password").contentType(MediaType.APPLICATION_JSON).bodyValue(BODY)
                .cookie(TokenCookies.ACCESS, TestTokens.accessToken(UUID.randomUUID()))
                .cookie("XSRF-TOKEN", "t1").header("X-XSRF-TOKEN", "t1")
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentType("application/problem+json")
                .expectCookie().doesNotExist(TokenCookies.ACCESS)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("newPassword");
    }

    @Test
    void without_the_csrf_header_a_cookie_session_cannot_change_the_password() {
        web.post().uri("/api/account/password").contentType(MediaType.APPLICATION_JSON).bodyValue(BODY)
                .cookie(TokenCookies.ACCESS, TestTokens.accessToken(UUID.randomUUID()))
                .exchange().expectStatus().isForbidden();
        assertThat(IDENTITY.requests("POST", "/api/account/password")).isEmpty();
    }
}
