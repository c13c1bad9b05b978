package io.accountsuite.platform.inbox;

import java.util.function.Function;

import io.accountsuite.contracts.EventEnvelope;
import io.accountsuite.contracts.EventType;
import org.springframework.util.ClassUtils;
import reactor.core.publisher.Mono;

/**
 * Reacts to one kind of event. Declare it as a bean and the platform subscribes to its topic. {@link #handle} runs
 * inside the transaction that records the event as processed, so a redelivered event is a no-op and a failure
 * rolls both back. A handler that keeps failing is retried with backoff, then its event goes to the dead-letter
 * topic.
 */
public interface EventHandler<P> {

    EventType<P> eventType();

    Mono<Void> handle(EventEnvelope<P> event);

    /** Name under which processed events are recorded; stable across releases, unique within the service. */
    default String consumerName() {
        return ClassUtils.getUserClass(getClass()).getSimpleName();
    }

    /** A handler from a function, recorded under {@code consumerName}. */
    static <P> EventHandler<P> of(String consumerName, EventType<P> type,
                                  Function<EventEnvelope<P>, Mono<Void>> handle) {
        return new EventHandler<>() {
            @Override
            public EventType<P> eventType() {
                return type;
            }

            @Override
            public Mono<Void> handle(EventEnvelope<P> event) {
                return handle.apply(event);
            }

            @Override
            public String consumerName() {
                return consumerName;
            }
        };
    }
}
