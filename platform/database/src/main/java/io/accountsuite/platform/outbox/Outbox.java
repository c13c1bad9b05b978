package io.accountsuite.platform.outbox;

import java.time.Clock;
import java.util.UUID;

import io.accountsuite.contracts.EventEnvelope;
import io.accountsuite.contracts.EventType;
import io.accountsuite.platform.events.CurrentTrace;
import io.accountsuite.platform.events.EventJson;
import io.accountsuite.platform.schema.RequiredTransaction;
import lombok.RequiredArgsConstructor;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import reactor.core.publisher.Mono;

/**
 * Where a service records the events its state change produces. {@link #append} joins the caller's reactive
 * transaction: the event is published if and only if that transaction commits. It refuses to run outside a
 * transaction, because an event written on its own could describe a change that never happened.
 */
@RequiredArgsConstructor
public class Outbox {

    static final String CHANNEL = "platform_outbox";

    private final DatabaseClient db;
    private final EventJson json;
    private final CurrentTrace trace;
    private final Clock clock;

    /** Appends a new event occurring now by the service's clock; completes with it once written. */
    public <P> Mono<EventEnvelope<P>> append(EventType<P> type, UUID customerId, UUID aggregateId, P payload) {
        EventEnvelope<P> event = EventEnvelope.of(type, clock.instant(), customerId, aggregateId, payload);
        return append(type, event).thenReturn(event);
    }

    /** Appends the event; one without a trace of its own carries the trace of the work appending it. */
    public <P> Mono<Void> append(EventType<P> type, EventEnvelope<P> given) {
        if (!type.name().equals(given.type())) {
            return Mono.error(new IllegalArgumentException("event " + given.type() + " is not of type " + type.name()));
        }
        Mono<EventEnvelope<P>> traced = given.traceparent() != null ? Mono.just(given)
                : trace.traceparent().map(given::withTraceparent).defaultIfEmpty(given);
        return traced.flatMap(event -> insert(type, event));
    }

    private <P> Mono<Void> insert(EventType<P> type, EventEnvelope<P> event) {
        return RequiredTransaction.check(
                        "Outbox.append must run inside the transaction that changes the state it describes")
                .then(db.sql("""
                        INSERT INTO platform.outbox (event_id, topic, message_key, event_type, envelope, traceparent)
                        VALUES (:eventId, :topic, :key, :type, :envelope, :traceparent)""")
                        .bind("eventId", event.eventId())
                        .bind("topic", type.topic())
                        .bind("key", event.key())
                        .bind("type", event.type())
                        .bind("envelope", json.write(event))
                        .bind("traceparent", Parameter.fromOrEmpty(event.traceparent(), String.class))
                        .fetch().rowsUpdated())
                // Delivered to listeners only when the transaction commits, so the relay wakes for committed rows.
                .then(db.sql("SELECT pg_notify('" + CHANNEL + "', '')").fetch().rowsUpdated())
                .then();
    }
}
