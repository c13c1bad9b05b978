package io.accountsuite.platform.idempotency;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.accountsuite.testkit.Concurrently;
import io.accountsuite.testkit.ServiceTest;
import io.accountsuite.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class IdempotencyKeysIT {

    @Autowired WebTestClient web;
    @Autowired DatabaseClient db;

    final UUID ann = UUID.randomUUID();

    @Test
    void eight_concurrent_requests_with_one_key_act_once_and_all_get_the_first_answer() {
        List<EntityExchangeResult<String>> answers = Concurrently.run(8, Duration.ofSeconds(60), i ->
                create("double-click", Map.of("text", "once")).expectStatus().isCreated()
                        .expectBody(String.class).returnResult());

        assertThat(answers).extracting(EntityExchangeResult::getResponseBody).containsOnly(
                answers.get(0).getResponseBody());
        assertThat(answers).filteredOn(a -> a.getResponseHeaders().getFirst("Idempotent-Replayed") == null)
                .as("exactly one request acted").hasSize(1);
        assertThat(notes()).isEqualTo(1);
    }

    @Test
    void another_body_under_the_same_key_is_refused_and_a_failed_first_try_keeps_nothing() {
        create("k-1", Map.of("text", "first")).expectStatus().isCreated();
        create("k-1", Map.of("text", "second")).expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.type").isEqualTo("https://account-suite.example/problems/idempotency-key-reused");

        create("k-2", Map.of("text", "third", "tag", "refuse")).expectStatus().isBadRequest();
        create("k-2", Map.of("text", "third")).expectStatus().isCreated()
                .expectHeader().doesNotExist("Idempotent-Replayed");
        create("k-3", Map.of("text", "x")).expectStatus().isCreated();
        assertThat(notes()).isEqualTo(3);
    }

    @Test
    void keys_are_per_customer_and_a_bad_key_is_a_field_error() {
        create("shared", Map.of("text", "ann's")).expectStatus().isCreated();
        web.post().uri("/api/idempotent-notes").headers(h -> {
                    h.setBearerAuth(TestTokens.accessToken(UUID.randomUUID()));
                    h.set("Idempotency-Key", "shared");
                }).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("text", "bob's")).exchange()
                .expectStatus().isCreated().expectHeader().doesNotExist("Idempotent-Replayed");
        create("x".repeat(256), Map.of("text", "y")).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("Idempotency-Key");
    }

    private long notes() {
        return db.sql("SELECT count(*) AS n FROM notes WHERE customer_id = :c").bind("c", ann)
                .map(row -> row.get("n", Long.class)).one().block();
    }

    private WebTestClient.ResponseSpec create(String key, Map<String, Object> body) {
        return web.post().uri("/api/idempotent-notes").headers(h -> {
                    h.setBearerAuth(TestTokens.accessToken(ann));
                    h.set("Idempotency-Key", key);
                }).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
