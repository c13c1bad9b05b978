package io.accountsuite.membership.memberships;

import java.time.Instant;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** The trials customers were given: one per customer and plan group (SPEC "Standing"), kept by the primary key. */
@Repository
@RequiredArgsConstructor
class TrialGrants {

    private final DatabaseClient db;

    /** Grants the customer the group's trial in the caller's transaction; false when they already had it. */
    Mono<Boolean> grant(UUID customerId, String group, Instant now) {
        return db.sql("INSERT INTO trial_grants (customer_id, product_group, granted_at) VALUES (:c, :g, :at)"
                        + " ON CONFLICT DO NOTHING")
                .bind("c", customerId).bind("g", group).bind("at", now)
                .fetch().rowsUpdated().map(rows -> rows == 1);
    }
}
