package io.accountsuite.platform.inbox;

import java.time.Duration;
import java.util.Locale;

import io.accountsuite.contracts.identity.IdentityEvents;
import io.accountsuite.platform.erasure.ErasedCustomers;
import io.accountsuite.platform.events.ReceivedEvent;
import lombok.RequiredArgsConstructor;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Applies an event to one handler at most once: the handler runs in the same transaction that records
 * (event id, consumer) as processed. An erased customer's events are recorded and not handled (but the deletion
 * request itself, which erases), so no late or replayed event brings their data back.
 */
@RequiredArgsConstructor
public class Inbox {

    /** What became of an event: applied, already applied before, or ignored for an erased customer. */
    public enum Outcome {
        APPLIED, DUPLICATE, ERASED;

        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final DatabaseClient db;
    private final TransactionalOperator tx;
    private final ErasedCustomers erased;

    public <P> Mono<Outcome> process(ReceivedEvent event, EventHandler<P> handler) {
        Mono<Outcome> once = db.sql("""
                        INSERT INTO platform.inbox (event_id, consumer, event_type)
                        VALUES (:eventId, :consumer, :type) ON CONFLICT DO NOTHING""")
                .bind("eventId", event.envelope().eventId())
                .bind("consumer", handler.consumerName())
                .bind("type", event.envelope().type())
                .fetch().rowsUpdated()
                .flatMap(inserted -> inserted == 0 ? Mono.just(Outcome.DUPLICATE) : applyUnlessErased(event, handler));
        return tx.transactional(once);
    }

    /**
     * Forgets the events processed more than {@code retention} ago, so the table's size follows the traffic of the
     * retention window rather than of the service's whole life ({@link InboxProperties#retention()} says why that
     * stays safe).
     *
     * @return how many processed events were forgotten
     */
    public Mono<Long> prune(Duration retention) {
        return db.sql("DELETE FROM platform.inbox WHERE processed_at < now() - make_interval(secs => :seconds)")
                .bind("seconds", (double) retention.toSeconds())
                .fetch().rowsUpdated();
    }

    private <P> Mono<Outcome> applyUnlessErased(ReceivedEvent event, EventHandler<P> handler) {
        Mono<Outcome> apply = Mono.defer(() -> handler.handle(event.as(handler.eventType())))
                .thenReturn(Outcome.APPLIED);
        if (event.is(IdentityEvents.ACCOUNT_DELETION_REQUESTED)) {
            return apply;
        }
        return erased.isErased(event.envelope().customerId())
                .flatMap(gone -> gone ? Mono.just(Outcome.ERASED) : apply);
    }
}
