package io.accountsuite.contracts;

/**
 * A published event kind: its name, schema version, the topic it is published on and the payload record that
 * carries its data.
 */
public record EventType<P>(String name, int version, String topic, Class<P> payloadType) {

    public static <P> EventType<P> of(String name, int version, String topic, Class<P> payloadType) {
        return new EventType<>(name, version, topic, payloadType);
    }
}
