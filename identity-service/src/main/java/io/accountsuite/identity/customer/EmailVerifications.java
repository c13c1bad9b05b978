package io.accountsuite.identity.customer;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Whether a customer's sign-in address is proven theirs ({@code customers.email_verified_at}), and the email change
 * waiting for its new address to be ({@code email_changes}: one a customer, the latest request replacing any other).
 */
@Repository
@RequiredArgsConstructor
public class EmailVerifications {

    /** What the profile shows: verified or not, and the address a change waits on (empty when none). */
    public record Standing(boolean verified, Optional<String> pendingEmail) {
    }

    /** A requested change: the new address and the id its verification names. */
    public record PendingChange(UUID requestId, String newEmail, Instant requestedAt) {
    }

    private final DatabaseClient db;

    public Mono<Standing> standing(UUID customerId) {
        return db.sql("SELECT c.email_verified_at IS NOT NULL AS verified, e.new_email FROM customers c"
                        + " LEFT JOIN email_changes e ON e.customer_id = c.id WHERE c.id = :id")
                .bind("id", customerId)
                .map(row -> new Standing(Boolean.TRUE.equals(row.get("verified", Boolean.class)),
                        Optional.ofNullable(row.get("new_email", String.class))))
                .one();
    }

    /** Marks the current address verified; a second verification keeps the first time. */
    public Mono<Void> markVerified(UUID customerId, Instant now) {
        return db.sql("UPDATE customers SET email_verified_at = coalesce(email_verified_at, :now), updated_at = :now"
                        + " WHERE id = :id")
                .bind("id", customerId).bind("now", now).fetch().rowsUpdated().then();
    }

    /** Records the customer's latest requested change, replacing an earlier one (whose link then does nothing). */
    public Mono<Void> request(UUID customerId, PendingChange change) {
        return db.sql("INSERT INTO email_changes (customer_id, request_id, new_email, requested_at)"
                        + " VALUES (:id, :request, :email, :at) ON CONFLICT (customer_id) DO UPDATE SET"
                        + " request_id = excluded.request_id, new_email = excluded.new_email,"
                        + " requested_at = excluded.requested_at")
                .bind("id", customerId).bind("request", change.requestId()).bind("email", change.newEmail())
                .bind("at", change.requestedAt())
                .fetch().rowsUpdated().then();
    }

    /** When the customer's pending change was asked for; empty when none waits. */
    public Mono<Instant> pendingSince(UUID customerId) {
        return db.sql("SELECT requested_at FROM email_changes WHERE customer_id = :id").bind("id", customerId)
                .map(row -> row.get("requested_at", Instant.class)).one();
    }

    /** Takes the customer's pending change if it is {@code requestId}, locked until the transaction ends. */
    public Mono<PendingChange> lockPending(UUID customerId, UUID requestId) {
        return db.sql("SELECT request_id, new_email, requested_at FROM email_changes"
                        + " WHERE customer_id = :id AND request_id = :request FOR UPDATE")
                .bind("id", customerId).bind("request", requestId)
                .map(row -> new PendingChange(row.get("request_id", UUID.class), row.get("new_email", String.class),
                        row.get("requested_at", Instant.class)))
                .one();
    }

    public Mono<Void> forgetPending(UUID customerId) {
        return db.sql("DELETE FROM email_changes WHERE customer_id = :id").bind("id", customerId)
                .fetch().rowsUpdated().then();
    }
}
