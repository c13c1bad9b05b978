package io.accountsuite.testkit;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every application answers the same way: probes that include its database and the broker, Prometheus
 * metrics, problem+json for unknown routes and missing tokens. Each application runs it with a one-line subclass
 * annotated {@link ServiceTest}.
 */
public abstract class StandardEndpointsContract {

    private static final String PROBLEMS = "https://account-suite.example/problems/";

    @Autowired
    protected WebTestClient web;

    @Autowired
    protected Environment environment;

    /** A token the application accepts; identity-service, which trusts only its own keys, supplies one of its own. */
    protected String validAccessToken() {
        return TestTokens.accessToken(UUID.randomUUID());
    }

    @Test
    void readiness_is_up_and_includes_the_broker_and_the_database_it_owns() {
        var body = web.get().uri("/actuator/health/readiness").exchange()
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
        web.get().uri("/actuator/health/liveness").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void prometheus_metrics_are_tagged_with_the_application() {
        String metrics = web.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(metrics).contains("jvm_memory_used_bytes")
                .contains("application=\"" + environment.getProperty("spring.application.name") + "\"");
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
}
