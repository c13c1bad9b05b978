package io.accountsuite.platform.erasure;

import java.time.Instant;
import java.util.UUID;

import io.accountsuite.platform.audit.AdminAudit;
import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.problem.Message;
import io.accountsuite.platform.problem.ProblemType;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * The service's tombstones of erased customers (id and erasure time, nothing else): written in the erasure's
 * transaction, read by the inbox (an erased customer's late or replayed events are ignored) and by writes that
 * create something for a customer on another's behalf (an admin's), which refuse an erased one.
 */
@RequiredArgsConstructor
public class ErasedCustomers {

    public static final ProblemType ERASED = new ProblemType("customer-erased", HttpStatus.CONFLICT,
            "This customer's account was deleted");

    private final DatabaseClient db;
    private final AdminAudit audit;

    public Mono<Boolean> isErased(UUID customerId) {
        return db.sql("SELECT EXISTS (SELECT 1 FROM platform.erased_customers WHERE customer_id = :c) AS erased")
                .bind("c", customerId).map(row -> Boolean.TRUE.equals(row.get("erased", Boolean.class))).one();
    }

    /** Errors with 409 {@code customer-erased} when the customer was erased. */
    public Mono<Void> requireNotErased(UUID customerId) {
        return isErased(customerId).flatMap(erased -> erased
                ? Mono.error(ERASED.problem(Message.of("platform.customer-erased"))) : Mono.empty());
    }

    /**
     * Erases what the platform holds of the customer ({@link #erasePlatformRecords}) and writes their tombstone, in
     * the caller's transaction: for identity-service, whose own deletion completes the saga rather than joining it.
     */
    public Mono<Void> erase(UUID customerId, Instant at) {
        return erasePlatformRecords(customerId).then(record(customerId, at));
    }

    /** Writes the tombstone; must run in the erasure's transaction. */
    Mono<Void> record(UUID customerId, Instant at) {
        return db.sql("INSERT INTO platform.erased_customers (customer_id, erased_at) VALUES (:c, :at)"
                        + " ON CONFLICT DO NOTHING")
                .bind("c", customerId).bind("at", at).fetch().rowsUpdated().then();
    }

    /**
     * What the platform itself holds of the customer beyond the service's tables: the events already sent (kept a
     * few days for diagnosis), the dead letters, the answers kept for idempotency keys, and the link from admins'
     * audit entries to them ({@link AdminAudit#eraseCustomer}). Unsent events go once sent (the relay).
     */
    Mono<Void> erasePlatformRecords(UUID customerId) {
        return db.sql("DELETE FROM platform.outbox WHERE message_key = :k AND sent_at IS NOT NULL")
                .bind("k", customerId.toString()).fetch().rowsUpdated()
                .then(db.sql("DELETE FROM platform.dead_letters WHERE message_key = :k").bind("k", customerId.toString())
                        .fetch().rowsUpdated())
                .then(db.sql("DELETE FROM platform.idempotency_keys WHERE customer_id = :c").bind("c", customerId)
                        .fetch().rowsUpdated())
                .then(audit.eraseCustomer(customerId));
    }
}
