package io.accountsuite.notification.notices;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The trials table: memberships on trial and the day their trial ends, until the customer is reminded. */
@Repository
@RequiredArgsConstructor
class Trials {

    /** A trial to remind of: the membership, its customer, the day it ends. */
    record Trial(UUID membershipId, UUID customerId, LocalDate endsOn) {
    }

    private final DatabaseClient db;

    Mono<Void> start(UUID membershipId, UUID customerId, LocalDate endsOn) {
        return db.sql("INSERT INTO trials (membership_id, customer_id, ends_on) VALUES (:m, :c, :ends)"
                        + " ON CONFLICT (membership_id) DO UPDATE SET ends_on = excluded.ends_on")
                .bind("m", membershipId).bind("c", customerId).bind("ends", endsOn)
                .fetch().rowsUpdated().then();
    }

    /** The trial ended another way (paid, cancelled, expired): nothing to remind of. */
    Mono<Void> end(UUID membershipId) {
        return db.sql("DELETE FROM trials WHERE membership_id = :m").bind("m", membershipId)
                .fetch().rowsUpdated().then();
    }

    /** Trials ending between {@code today} and {@code lastDay} not yet reminded, locked for this transaction. */
    Flux<Trial> lockDue(LocalDate today, LocalDate lastDay) {
        return db.sql("SELECT membership_id, customer_id, ends_on FROM trials WHERE reminded_at IS NULL"
                        + " AND ends_on > :today AND ends_on <= :last ORDER BY ends_on LIMIT 100"
                        + " FOR UPDATE SKIP LOCKED")
                .bind("today", today).bind("last", lastDay)
                .map(row -> new Trial(row.get("membership_id", UUID.class), row.get("customer_id", UUID.class),
                        row.get("ends_on", LocalDate.class)))
                .all();
    }

    Mono<Void> reminded(UUID membershipId, Instant at) {
        return db.sql("UPDATE trials SET reminded_at = :at WHERE membership_id = :m").bind("m", membershipId)
                .bind("at", at).fetch().rowsUpdated().then();
    }

    Mono<Void> deleteFor(UUID customerId) {
        return db.sql("DELETE FROM trials WHERE customer_id = :c").bind("c", customerId)
                .fetch().rowsUpdated().then();
    }
}
