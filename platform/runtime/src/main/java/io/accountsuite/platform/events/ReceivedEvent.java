package io.accountsuite.platform.events;

import io.accountsuite.contracts.EventEnvelope;
import io.accountsuite.contracts.EventType;
import tools.jackson.databind.JsonNode;

/**
 * An event as a consumer receives it: the envelope with its payload still as JSON, read into the payload record
 * only by the handler that knows the type. Unknown fields are ignored (tolerant reader).
 */
public record ReceivedEvent(String topic, EventEnvelope<JsonNode> envelope, EventJson json) {

    public <P> EventEnvelope<P> as(EventType<P> type) {
        P payload = json.payload(envelope.payload(), type);
        EventEnvelope<JsonNode> e = envelope;
        return new EventEnvelope<>(e.eventId(), e.type(), e.version(), e.occurredAt(), e.customerId(),
                e.aggregateId(), e.traceparent(), payload);
    }

    public boolean is(EventType<?> type) {
        return type.name().equals(envelope.type()) && type.topic().equals(topic);
    }
}
