package io.accountsuite.notification;

import java.time.Instant;
import java.util.UUID;

import io.accountsuite.contracts.EventEnvelope;
import io.accountsuite.contracts.EventType;
import io.accountsuite.contracts.identity.IdentityEvents;
import io.accountsuite.contracts.identity.IdentityEvents.CustomerRegistered;
import io.accountsuite.testkit.TopicWriter;

/** Publishes the other services' events as their relays would, and sends one again as a redelivery would. */
public final class Events {

    private Events() {
    }

    public static <P> EventEnvelope<P> publish(EventType<P> type, UUID customerId, UUID aggregateId, P payload) {
        EventEnvelope<P> event = EventEnvelope.of(type, Instant.now(), customerId, aggregateId, payload);
        TopicWriter.publish(type, event);
        return event;
    }

    /** The same event (same id) published once more. */
    public static <P> void again(EventType<P> type, EventEnvelope<P> event) {
        TopicWriter.publish(type, event);
    }

    /** A customer registered as identity-service announces it (before languages: none); answers their id. */
    public static UUID registered(String email, String name) {
        return registered(email, name, null);
    }

    /** A customer registered speaking {@code language} ({@code en}, {@code fr}; null: none); answers their id. */
    public static UUID registered(String email, String name, String language) {
        UUID customer = UUID.randomUUID();
        publish(IdentityEvents.CUSTOMER_REGISTERED, customer, customer,
                new CustomerRegistered(Instant.now(), email, name, language));
        return customer;
    }

    /** A fresh address at the test mail server. */
    public static String newAddress(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }
}
