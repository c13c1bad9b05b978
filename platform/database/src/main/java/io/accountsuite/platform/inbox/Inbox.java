package io.accountsuite.platform.inbox;

import io.accountsuite.platform.events.ReceivedEvent;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Applies an event to one handler at most once: the handler runs in the same transaction that records
 * (event id, consumer) as processed.
 */
public class Inbox {

    private final DatabaseClient db;
    private final TransactionalOperator tx;

    public Inbox(DatabaseClient db, TransactionalOperator tx) {
        this.db = db;
        this.tx = tx;
    }

    /** Emits true when the handler applied the event, false when it had already been applied. */
    public <P> Mono<Boolean> process(ReceivedEvent event, EventHandler<P> handler) {
        Mono<Boolean> once = db.sql("""
                        INSERT INTO platform.inbox (event_id, consumer, event_type)
                        VALUES (:eventId, :consumer, :type) ON CONFLICT DO NOTHING""")
                .bind("eventId", event.envelope().eventId())
                .bind("consumer", handler.consumerName())
                .bind("type", event.envelope().type())
                .fetch().rowsUpdated()
                .flatMap(inserted -> inserted == 0 ? Mono.just(false)
                        : Mono.defer(() -> handler.handle(event.as(handler.eventType()))).thenReturn(true));
        return tx.transactional(once);
    }
}
