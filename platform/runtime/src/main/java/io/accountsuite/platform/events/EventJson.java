package io.accountsuite.platform.events;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import io.accountsuite.contracts.EventEnvelope;
import io.accountsuite.contracts.EventType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The wire format of events: the envelope as a JSON object. Writing is strict; reading is tolerant of unknown
 * fields and strict about the envelope fields every consumer relies on.
 */
public final class EventJson {

    private final JsonMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public String write(EventEnvelope<?> event) {
        return mapper.writeValueAsString(event);
    }

    public ReceivedEvent read(String topic, String json) {
        try {
            JsonNode node = mapper.readTree(json);
            EventEnvelope<JsonNode> envelope = new EventEnvelope<>(
                    UUID.fromString(required(node, "eventId").asString()),
                    required(node, "type").asString(),
                    required(node, "version").asInt(),
                    Instant.parse(required(node, "occurredAt").asString()),
                    UUID.fromString(required(node, "customerId").asString()),
                    UUID.fromString(required(node, "aggregateId").asString()),
                    node.hasNonNull("traceparent") ? node.get("traceparent").asString() : null,
                    node.get("payload"));
            return new ReceivedEvent(topic, envelope, this);
        } catch (JacksonException | IllegalArgumentException | DateTimeParseException
                 | NullPointerException e) {
            throw new MalformedEventException("not a readable event on " + topic + ": " + e.getMessage(), e);
        }
    }

    <P> P payload(JsonNode payload, EventType<P> type) {
        try {
            return mapper.treeToValue(payload, type.payloadType());
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new MalformedEventException("payload of " + type.name() + " is not readable: " + e.getMessage(), e);
        }
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("missing " + field);
        }
        return value;
    }
}
