package io.accountsuite.gateway.security;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import io.accountsuite.contracts.EventEnvelope;
import io.accountsuite.contracts.identity.IdentityEvents;
import io.accountsuite.contracts.identity.IdentityEvents.CredentialsChanged;
import io.accountsuite.gateway.GatewayTest;
import io.accountsuite.platform.events.EventJson;
import io.accountsuite.platform.problem.ProblemType;
import io.accountsuite.testkit.StubBackend;
import io.accountsuite.testkit.StubBackend.Answer;
import io.accountsuite.testkit.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import static io.accountsuite.gateway.GatewayTestBackends.DOMAIN;
import static io.accountsuite.gateway.GatewayTestBackends.IDENTITY;
import static io.accountsuite.gateway.GatewayTestBackends.SITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@GatewayTest
class GatewaySecurityIT {

    @Autowired WebTestClient web;
    @Autowired KafkaTemplate<String, String> kafka;
    @Autowired EventJson json;

    private final UUID ann = UUID.randomUUID();


    @BeforeEach
    void answers() {
        IDENTITY.reset();
        IDENTITY.answer("GET", "/api/account/profile", Answer.json(200, "{\"name\":\"Ann\"}"))
                .answer("GET", "/api/account/deletion", Answer.json(200, "{\"status\":\"deleting\"}"))
                .answer("POST", "/api/account/password", Answer.json(200, "{}"));
    }

    @Test
    void a_bearer_token_is_checked_and_relayed_to_the_service() {
        String token = TestTokens.accessToken(ann);
        web.get().uri("/api/account/profile").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.name").isEqualTo("Ann");
        assertThat(IDENTITY.requests("GET", "/api/account/profile").get(0).header("Authorization"))
                .isEqualTo("Bearer " + token);
    }

    @Test
    void the_pages_cookie_is_relayed_as_a_bearer_token_and_cookies_stay_at_the_gateway() {
        String token = TestTokens.accessToken(ann);
        web.get().uri("/api/account/profile").cookie(TokenCookies.ACCESS, token).cookie("other", "x").exchange()
                .expectStatus().isOk();
        var forwarded = IDENTITY.requests("GET", "/api/account/profile").get(0);
        assertThat(forwarded.header("Authorization")).isEqualTo("Bearer " + token);
        assertThat(forwarded.header("Cookie")).isNull();
    }

    @Test
    void no_token_or_a_bad_one_is_refused_before_reaching_the_service() {
        web.get().uri("/api/account/profile").exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.type").isEqualTo(ProblemType.BASE + "unauthenticated");
        web.get().uri("/api/account/profile").headers(h -> h.setBearerAuth(TestTokens.tokenSignedByStranger(ann)))
                .exchange().expectStatus().isUnauthorized();
        web.get().uri("/api/account/profile").headers(h -> h.setBearerAuth(TestTokens.expiredToken(ann)))
                .exchange().expectStatus().isUnauthorized();
        assertThat(IDENTITY.requests("GET", "/api/account/profile")).isEmpty();
    }

    @Test
    void tokens_issued_before_a_password_change_are_refused_within_two_seconds() throws Exception {
        String old = TestTokens.accessTokenIssuedAt(ann, Instant.now().minusSeconds(10));
        web.get().uri("/api/account/profile").headers(h -> h.setBearerAuth(old)).exchange().expectStatus().isOk();

        Instant cutoff = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        var event = EventEnvelope.of(IdentityEvents.CREDENTIALS_CHANGED, Instant.now(), ann, ann,
                new CredentialsChanged(cutoff, "password-changed"));
        kafka.send(IdentityEvents.CREDENTIALS_CHANGED.topic(), event.key(), json.write(event)).get();

        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                web.get().uri("/api/account/profile").headers(h -> h.setBearerAuth(old)).exchange()
                        .expectStatus().isUnauthorized());
        String fresh = TestTokens.accessTokenIssuedAt(ann, cutoff);
        web.get().uri("/api/account/profile").headers(h -> h.setBearerAuth(fresh)).exchange().expectStatus().isOk();
        // The deletion's status stays readable with the token that asked for it.
        web.get().uri("/api/account/deletion").headers(h -> h.setBearerAuth(old)).exchange().expectStatus().isOk();
        // Another customer is not affected.
        web.get().uri("/api/account/profile").headers(h -> h.setBearerAuth(TestTokens.accessToken(UUID.randomUUID())))
                .exchange().expectStatus().isOk();
    }

    @Test
    void cookie_authenticated_writes_need_the_csrf_token_and_bearer_writes_do_not() {
        String token = TestTokens.accessToken(ann);
        web.post().uri("/api/account/password").cookie(TokenCookies.ACCESS, token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo(ProblemType.BASE + "csrf-token-invalid")
                .jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("CSRF"));
        assertThat(IDENTITY.requests("POST", "/api/account/password")).isEmpty();

        web.post().uri("/api/account/password").cookie(TokenCookies.ACCESS, token)
                .cookie("XSRF-TOKEN", "abc123").header("X-XSRF-TOKEN", "abc123")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isOk();
        web.post().uri("/api/account/password").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isOk();
        assertThat(IDENTITY.requests("POST", "/api/account/password")).hasSize(2);
    }

    @Test
    void another_authorization_scheme_beside_the_cookie_does_not_skip_the_csrf_check() {
        String token = TestTokens.accessToken(ann);
        web.post().uri("/api/account/password").cookie(TokenCookies.ACCESS, token)
                .header("Authorization", "Basic YW5uOnBhc3N3b3Jk")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(ProblemType.BASE + "csrf-token-invalid");
        web.post().uri("/api/account/password").cookie(TokenCookies.ACCESS, token)
                .header("Authorization", "Token abc")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isForbidden();
        assertThat(IDENTITY.requests("POST", "/api/account/password")).isEmpty();
    }

    @Test
    void services_hear_the_client_address_the_gateway_computed_not_one_the_client_claims() {
        web.get().uri("/api/account/profile").headers(h -> h.setBearerAuth(TestTokens.accessToken(ann)))
                .header("X-Client-Address", "192.0.2.66").header("X-Forwarded-For", "203.0.113.7")
                .exchange().expectStatus().isOk();
        // The test client talks from the loopback, a trusted proxy by default: the hop it reports is the client.
        assertThat(IDENTITY.requests("GET", "/api/account/profile").get(0).header("X-Client-Address"))
                .isEqualTo("203.0.113.7");
    }

    @Test
    void a_service_that_does_not_answer_in_time_is_a_503_problem_with_retry_after() {
        IDENTITY.answer("GET", "/api/account/profile", Answer.json(200, "{}").after(Duration.ofSeconds(4)));
        web.get().uri("/api/account/profile").headers(h -> h.setBearerAuth(TestTokens.accessToken(ann))).exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().valueEquals("Retry-After", "5")
                .expectBody().jsonPath("$.type").isEqualTo(ProblemType.BASE + "service-unavailable");
    }

    @Test
    void a_services_internal_endpoints_are_not_published_even_to_an_admin() {
        String admin = TestTokens.accessToken(ann, "customer", "admin");
        String site = "/api/sites/" + UUID.randomUUID();
        record Internal(String method, String path, StubBackend owner) {
        }
        for (Internal internal : List.of(new Internal("GET", site + "/domains/entitlement", DOMAIN),
                new Internal("POST", site + "/posts", SITE), new Internal("POST", site + "/visits", SITE),
                new Internal("DELETE", site + "/media/1", SITE), new Internal("GET", "/api/admin/signing-keys", IDENTITY),
                new Internal("POST", "/api/admin/signing-keys/resealing", IDENTITY))) {
            web.method(HttpMethod.valueOf(internal.method())).uri(internal.path())
                    .headers(h -> h.setBearerAuth(admin)).exchange().expectStatus().isNotFound();
            assertThat(internal.owner().requests(internal.method(), internal.path())).as(internal.path()).isEmpty();
        }

        DOMAIN.answer("DELETE", site + "/domains/d1", Answer.json(204, ""));
        web.delete().uri(site + "/domains/d1").headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isNoContent();
    }

    @Test
    void admin_routes_need_the_admin_role() {
        web.get().uri("/api/admin/customers").headers(h -> h.setBearerAuth(TestTokens.accessToken(ann)))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void pages_carry_the_security_headers() {
        web.get().uri("/login").exchange()
                .expectStatus().isOk()
                .expectHeader().valueMatches("Content-Security-Policy", ".*frame-ancestors 'none'.*")
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY");
    }
}
