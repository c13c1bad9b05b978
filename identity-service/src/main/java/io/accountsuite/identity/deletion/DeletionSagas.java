package io.accountsuite.identity.deletion;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.accountsuite.contracts.erasure.ErasureEvents.Kept;
import lombok.RequiredArgsConstructor;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The deletion_sagas and deletion_confirmations tables. */
@Repository
@RequiredArgsConstructor
class DeletionSagas {

    private final DatabaseClient db;
    private final JsonMapper json;

    /**
     * Starts the saga; answers false when one was already started (a concurrent request waits for the first to
     * commit, then finds it).
     */
    Mono<Boolean> start(UUID customerId, List<String> expected, Instant now) {
        return db.sql("""
                        INSERT INTO deletion_sagas (customer_id, status, expected_services, requested_at)
                        VALUES (:c, 'deleting', :expected, :now) ON CONFLICT DO NOTHING""")
                .bind("c", customerId).bind("expected", expected.toArray(String[]::new)).bind("now", now)
                .fetch().rowsUpdated().map(rows -> rows == 1);
    }

    /** Records a confirmation once, with what the service kept; a repeated one changes nothing. */
    Mono<Void> confirm(UUID customerId, String service, Instant at, List<Kept> kept) {
        return db.sql("""
                        INSERT INTO deletion_confirmations (customer_id, service, confirmed_at, kept)
                        SELECT :c, :s, :at, :kept WHERE EXISTS (SELECT 1 FROM deletion_sagas WHERE customer_id = :c)
                        ON CONFLICT DO NOTHING""")
                .bind("c", customerId).bind("s", service).bind("at", at).bind("kept", json.writeValueAsString(kept))
                .fetch().rowsUpdated().then();
    }

    /** Reads the saga, locking it when {@code forUpdate}, so that only one confirmation completes it. */
    Mono<DeletionStatus> find(UUID customerId, boolean forUpdate) {
        return db.sql("SELECT customer_id, status, expected_services, requested_at, completed_at FROM deletion_sagas"
                        + " WHERE customer_id = :c" + (forUpdate ? " FOR UPDATE" : ""))
                .bind("c", customerId)
                .map(row -> new Saga(row.get("customer_id", UUID.class), row.get("status", String.class),
                        Arrays.asList(row.get("expected_services", String[].class)),
                        row.get("requested_at", Instant.class), row.get("completed_at", Instant.class)))
                .one()
                .flatMap(saga -> confirmations(customerId).collectList().map(confirmed -> new DeletionStatus(
                        saga.customerId(), saga.status(), saga.requestedAt(), saga.completedAt(), saga.expected(),
                        confirmed)));
    }

    Mono<Void> markDeleted(UUID customerId, Instant now) {
        return db.sql("UPDATE deletion_sagas SET status = 'deleted', completed_at = :now WHERE customer_id = :c")
                .bind("c", customerId).bind("now", now).fetch().rowsUpdated().then();
    }

    /** Sagas still waiting after {@code before}, for the stall report. */
    Flux<DeletionStatus> waitingSince(Instant before) {
        return db.sql("SELECT customer_id FROM deletion_sagas WHERE status = 'deleting' AND requested_at < :before")
                .bind("before", before)
                .map(row -> row.get("customer_id", UUID.class)).all()
                .concatMap(id -> find(id, false));
    }

    private Flux<DeletionStatus.Confirmation> confirmations(UUID customerId) {
        return db.sql("SELECT service, confirmed_at, kept FROM deletion_confirmations WHERE customer_id = :c"
                        + " ORDER BY 2")
                .bind("c", customerId)
                .map(row -> new DeletionStatus.Confirmation(row.get("service", String.class),
                        row.get("confirmed_at", Instant.class), json.readValue(row.get("kept", String.class),
                        new TypeReference<List<Kept>>() {
                        })))
                .all();
    }

    private record Saga(UUID customerId, String status, List<String> expected, Instant requestedAt,
                        Instant completedAt) {
    }
}
