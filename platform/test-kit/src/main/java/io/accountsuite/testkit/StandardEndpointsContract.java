package io.accountsuite.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.accountsuite.contracts.EventEnvelope;
import io.accountsuite.contracts.identity.IdentityEvents;
import io.accountsuite.contracts.identity.IdentityEvents.CredentialsChanged;
import io.accountsuite.contracts.identity.IdentityEvents.SessionRevoked;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What every application answers the same way: probes that include its database and the broker, Prometheus
 * metrics on the management port and nothing of it on the public one, problem+json for unknown routes and missing
 * tokens, and the tokens it refuses: another issuer's, another
 * audience's, and those of sessions identity-service ended. Each application runs it with a one-line subclass
 * annotated {@link ServiceTest}.
 */
public abstract class StandardEndpointsContract {

    private static final String PROBLEMS = "https://account-suite.example/problems/";
    private static final String SUITE = "account-suite";

    @Autowired
    protected WebTestClient web;

    @Autowired
    protected Environment environment;

    @LocalServerPort
    protected int port;

    @LocalManagementPort
    protected int managementPort;

    /** A client of the application's management port: probes, metrics, parked events. */
    protected WebTestClient management() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + managementPort).build();
    }

    /** A token the application accepts; identity-service, which trusts only its own keys, supplies one of its own. */
    protected String validAccessToken() {
        return TestTokens.accessToken(UUID.randomUUID());
    }

    /**
     * A token of the given customer's session from {@code issuer} for {@code audience}, issued a few seconds ago and
     * signed by a key the application trusts.
     */
    protected String sessionToken(UUID customer, UUID session, String issuer, String audience) {
        return TestTokens.sessionToken(customer, session, issuer, audience);
    }

    @Test
    void readiness_waits_for_the_sessions_identity_ended() {
        management().get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.components.sessionRevocations.status").isEqualTo("UP");
    }

    @Test
    void a_token_from_another_issuer_or_for_another_audience_is_refused() {
        UUID ann = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        assertThat(statusWith(sessionToken(ann, session, SUITE, SUITE))).isEqualTo(404);
        assertThat(statusWith(sessionToken(ann, session, "https://login.elsewhere.example", SUITE))).isEqualTo(401);
        assertThat(statusWith(sessionToken(ann, session, SUITE, "another-api"))).isEqualTo(401);
    }

    @Test
    void a_token_of_a_session_identity_revoked_is_refused_here_too() {
        UUID ann = UUID.randomUUID();
        UUID signedOut = UUID.randomUUID();
        String token = sessionToken(ann, signedOut, SUITE, SUITE);
        String otherTab = sessionToken(ann, UUID.randomUUID(), SUITE, SUITE);
        assertThat(statusWith(token)).isEqualTo(404);

        TopicWriter.publish(IdentityEvents.SESSION_REVOKED, EventEnvelope.of(IdentityEvents.SESSION_REVOKED, Instant.now(), ann,
                ann, new SessionRevoked(signedOut, Instant.now(), "signed-out")));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(statusWith(token)).isEqualTo(401));
        assertThat(statusWith(otherTab)).as("the customer's other sessions go on").isEqualTo(404);
    }

    @Test
    void a_token_issued_before_the_customers_session_cut_off_is_refused_here_too() {
        UUID ann = UUID.randomUUID();
        String token = sessionToken(ann, UUID.randomUUID(), SUITE, SUITE);
        assertThat(statusWith(token)).isEqualTo(404);

        TopicWriter.publish(IdentityEvents.CREDENTIALS_CHANGED, EventEnvelope.of(IdentityEvents.CREDENTIALS_CHANGED, Instant.now(), ann, ann, new CredentialsChanged(Instant.now(), "password-changed")));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(statusWith(token)).isEqualTo(401));
    }

    @Test
    void readiness_is_up_and_includes_the_broker_and_the_database_it_owns() {
        var body = management().get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.kafka.status").isEqualTo("UP");
        if (environment.getProperty("platform.database") != null) {
            body.jsonPath("$.components.r2dbc.status").isEqualTo("UP");
        }
    }

    @Test
    void liveness_is_up() {
        management().get().uri("/actuator/health/liveness").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void prometheus_metrics_are_tagged_with_the_application() {
        String metrics = management().get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(metrics).contains("jvm_memory_used_bytes")
                .contains("application=\"" + environment.getProperty("spring.application.name") + "\"");
    }

    @Test
    void the_public_port_serves_no_actuator_endpoint() {
        assertThat(port).isNotEqualTo(managementPort);
        for (String endpoint : new String[] {"/actuator/health", "/actuator/prometheus", "/actuator/deadletters"}) {
            assertThat(web.get().uri(endpoint).exchange().returnResult(String.class).getStatus().value())
                    .as(endpoint).isEqualTo(404);
        }
    }

    @Test
    void an_unknown_route_is_a_404_problem() {
        web.get().uri("/api/no-such-route-" + UUID.randomUUID())
                .headers(h -> h.setBearerAuth(validAccessToken()))
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "not-found");
    }

    @Test
    void a_protected_route_without_a_token_is_a_401_problem() {
        web.get().uri("/api/no-such-route").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "unauthenticated");
    }

    /** The status of an unknown API route with this token: 404 once past security, 401 when the token is refused. */
    private int statusWith(String token) {
        return web.get().uri("/api/no-such-route").headers(h -> h.setBearerAuth(token)).exchange()
                .returnResult(String.class).getStatus().value();
    }
}
