package io.accountsuite.contracts;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The one envelope every event travels in. The Kafka record key is {@code customerId}, so one customer's events
 * stay in order; {@code eventId} is what consumers deduplicate on.
 *
 * @param <P> the payload record named by {@code type} and {@code version}
 */
public record EventEnvelope<P>(
        UUID eventId,
        String type,
        int version,
        Instant occurredAt,
        UUID customerId,
        UUID aggregateId,
        String traceparent,
        P payload) {

    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(aggregateId, "aggregateId");
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1");
        }
    }

    /**
     * A new event of the given type, identified afresh, occurring at {@code occurredAt}: the producer's clock (the
     * service's {@code Clock} bean), so a test that moves time moves its events too.
     */
    public static <P> EventEnvelope<P> of(EventType<P> type, Instant occurredAt, UUID customerId, UUID aggregateId,
                                          P payload) {
        return new EventEnvelope<>(UUID.randomUUID(), type.name(), type.version(), occurredAt, customerId,
                aggregateId, null, payload);
    }

    /** The same event carrying the W3C trace context it was produced under. */
    public EventEnvelope<P> withTraceparent(String traceparent) {
        return new EventEnvelope<>(eventId, type, version, occurredAt, customerId, aggregateId, traceparent, payload);
    }

    public String key() {
        return customerId.toString();
    }
}
