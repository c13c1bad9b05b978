package io.accountsuite.site.serving;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** The projection of each membership's standing; an older event never overwrites a newer one. */
@Repository
@RequiredArgsConstructor
public class Standings {

    private final DatabaseClient db;

    /** Whether the membership's site is served now. */
    public Mono<Serving> of(UUID membershipId) {
        return db.sql("SELECT status, paid_through FROM membership_standing WHERE membership_id = :m")
                .bind("m", membershipId)
                .map(row -> Serving.of(row.get("status", String.class), row.get("paid_through", LocalDate.class)))
                .one().defaultIfEmpty(Serving.SERVED);
    }

    /** Records the standing an event reports; answers whether it was newer than what was known. */
    public Mono<Boolean> record(UUID membershipId, UUID customerId, String status, LocalDate paidThrough, Instant at) {
        return db.sql("""
                        INSERT INTO membership_standing (membership_id, customer_id, status, paid_through, updated_at)
                        VALUES (:m, :c, :s, :paid, :at)
                        ON CONFLICT (membership_id) DO UPDATE SET status = :s, paid_through = :paid, updated_at = :at
                        WHERE membership_standing.updated_at <= :at""")
                .bind("m", membershipId).bind("c", customerId).bind("s", status)
                .bind("paid", Parameter.fromOrEmpty(paidThrough, LocalDate.class)).bind("at", at)
                .fetch().rowsUpdated().map(rows -> rows > 0);
    }

    public Mono<Void> deleteOfCustomer(UUID customerId) {
        return db.sql("DELETE FROM membership_standing WHERE customer_id = :c").bind("c", customerId)
                .fetch().rowsUpdated().then();
    }
}
