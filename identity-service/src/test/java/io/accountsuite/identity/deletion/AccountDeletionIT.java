package io.accountsuite.identity.deletion;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.accountsuite.contracts.EventEnvelope;
import io.accountsuite.contracts.EventType;
import io.accountsuite.contracts.Topics;
import io.accountsuite.contracts.erasure.ErasureEvents;
import io.accountsuite.contracts.erasure.ErasureEvents.DataErased;
import io.accountsuite.contracts.erasure.ErasureEvents.Kept;
import io.accountsuite.identity.IdentityClient;
import io.accountsuite.identity.IdentityClient.Signed;
import io.accountsuite.platform.events.EventJson;
import io.accountsuite.testkit.Concurrently;
import io.accountsuite.testkit.ServiceTest;
import io.accountsuite.testkit.TopicReader;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static io.accountsuite.identity.IdentityClient.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceTest
class AccountDeletionIT {

    @Autowired WebTestClient web;
    @Autowired KafkaTemplate<String, String> kafka;
    @Autowired EventJson json;
    @Autowired DatabaseClient db;
    @Autowired StalledDeletions stalled;
    @Autowired MeterRegistry meters;
    IdentityClient identity;

    @BeforeEach
    void client() {
        identity = new IdentityClient(web);
    }

    @Test
    void deletion_needs_the_confirmation_and_the_password() {
        Signed ann = identity.register();
        identity.post("/api/account/deletion", ann.accessToken(), Map.of("password", PASSWORD, "confirm", false))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("confirm");
        identity.post("/api/account/deletion", ann.accessToken(), Map.of("password", "wrong", "confirm", true))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("password");
        identity.get("/api/account/deletion", ann.accessToken()).expectStatus().isNotFound();
        identity.tokens(identity.login(ann.email(), PASSWORD));
    }

    @Test
    void the_account_is_erased_once_every_service_confirmed() throws Exception {
        Signed ann = identity.register();
        identity.post("/api/account/deletion", ann.accessToken(), Map.of("password", PASSWORD, "confirm", true))
                .expectStatus().isAccepted()
                .expectBody().jsonPath("$.status").isEqualTo("deleting")
                .jsonPath("$.expected.length()").isEqualTo(ErasureEvents.ALL.size());

        // Sessions end at once: no refresh, no sign-in.
        identity.refresh(ann.refreshToken()).expectStatus().isUnauthorized();
        identity.login(ann.email(), PASSWORD).expectStatus().isUnauthorized();
        await().atMost(Duration.ofSeconds(15)).until(() -> published(ann, "AccountDeletionRequested"));

        for (var type : ErasureEvents.ALL) {
            identity.get("/api/account/deletion", ann.accessToken()).expectStatus().isOk()
                    .expectBody().jsonPath("$.status").isEqualTo("deleting");
            String service = type.name().replace("DataErased", "").toLowerCase();
            confirm(ann, service, type, service.equals("billing") ? List.of(new Kept("invoices and credit notes", 3,
                    LocalDate.of(2036, 11, 30), "GDPR Art. 17(3)(b)")) : List.of());
        }
        confirm(ann, "membership", ErasureEvents.MEMBERSHIP_DATA_ERASED, List.of()); // a redelivery changes nothing

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                identity.get("/api/account/deletion", ann.accessToken()).expectStatus().isOk()
                        .expectBody().jsonPath("$.status").isEqualTo("deleted")
                        .jsonPath("$.confirmed.length()").isEqualTo(ErasureEvents.ALL.size())
                        .jsonPath("$.kept[0].what").isEqualTo("invoices and credit notes")
                        .jsonPath("$.kept[0].until").isEqualTo("2036-11-30"));
        await().atMost(Duration.ofSeconds(15)).until(() -> published(ann, "AccountDeleted"));

        String everything = db.sql("SELECT string_agg(t::text, '|') AS rows FROM (SELECT * FROM customers) t")
                .map(row -> String.valueOf(row.get("rows", String.class))).one().block();
        assertThat(everything).doesNotContain(ann.email()).doesNotContain(ann.id().toString());
        assertThat(db.sql("SELECT count(*) AS n FROM refresh_tokens WHERE customer_id = :c").bind("c", ann.id())
                .map(row -> row.get("n", Long.class)).one().block()).isZero();
        // Its own events go too once sent, as in every service; what stays is the tombstone (the id alone).
        await().atMost(Duration.ofSeconds(15)).until(() -> db.sql("SELECT count(*) AS n FROM platform.outbox"
                        + " WHERE message_key = :k").bind("k", ann.id().toString())
                .map(row -> row.get("n", Long.class)).one().block() == 0);
        assertThat(db.sql("SELECT count(*) AS n FROM platform.erased_customers WHERE customer_id = :c")
                .bind("c", ann.id()).map(row -> row.get("n", Long.class)).one().block()).isEqualTo(1);
    }

    @Test
    void a_deletion_waiting_too_long_is_counted_and_logged() {
        UUID waiting = UUID.randomUUID();
        db.sql("INSERT INTO deletion_sagas (customer_id, status, expected_services, requested_at)"
                        + " VALUES (:c, 'deleting', :e, now() - interval '1 hour')")
                .bind("c", waiting).bind("e", new String[] {"membership", "billing"})
                .fetch().rowsUpdated().block();

        stalled.report();

        await().atMost(Duration.ofSeconds(10)).until(() -> meters.get("identity.deletion.stalled").gauge().value() == 1);
    }

    @Test
    void two_deletion_requests_at_once_answer_202_with_the_same_saga_and_ask_the_services_once() throws Exception {
        Signed ann = identity.register();
        List<Integer> statuses = Concurrently.run(2, Duration.ofMinutes(1), i ->
                identity.post("/api/account/deletion", ann.accessToken(), Map.of("password", PASSWORD, "confirm", true))
                        .returnResult(String.class).getStatus().value());
        assertThat(statuses).containsExactly(202, 202);
        await().atMost(Duration.ofSeconds(15)).until(() -> published(ann, "AccountDeletionRequested"));
        assertThat(TopicReader.readAll(Topics.IDENTITY).stream().filter(r -> r.key().equals(ann.id().toString())
                && r.value().contains("\"AccountDeletionRequested\"")).count()).isEqualTo(1);
    }

    private void confirm(Signed customer, String service, EventType<DataErased> type,
                         List<Kept> kept) throws Exception {
        EventEnvelope<DataErased> event = EventEnvelope.of(type, Instant.now(), customer.id(), customer.id(),
                new DataErased(service, Instant.now(), kept));
        kafka.send(type.topic(), event.key(), json.write(event)).get();
    }

    private static boolean published(Signed customer, String type) {
        return TopicReader.readAll(Topics.IDENTITY).stream()
                .anyMatch(r -> r.key().equals(customer.id().toString()) && r.value().contains("\"" + type + "\""));
    }
}
