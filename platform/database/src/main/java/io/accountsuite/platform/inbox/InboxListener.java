package io.accountsuite.platform.inbox;

import java.time.Duration;
import java.util.List;

import io.accountsuite.platform.events.EventJson;
import io.accountsuite.platform.events.ListenerContainers;
import io.accountsuite.platform.events.MalformedEventException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

/**
 * The consumer of an application's handlers: one listener container for every topic they read, committing each
 * record's offset after its handling committed. A failing record is retried with exponential backoff, then parked in
 * the service's database with its error ({@link DeadLetters}) and consumption goes on with the records behind it.
 */
public final class InboxListener {

    private InboxListener() {
    }

    public static ConcurrentMessageListenerContainer<String, String> container(
            ConsumerFactory<String, String> consumers, DeadLetters deadLetters, EventJson json,
            Inbox inbox, List<EventHandler<?>> handlers, InboxProperties properties, MeterRegistry meters) {
        String[] topics = handlers.stream().map(h -> h.eventType().topic()).distinct().toArray(String[]::new);
        for (String topic : topics) {
            // At zero from start-up: increase() needs a sample before the first parked event to see it (the alert
            // EventsDeadLettered), and a missing series cannot be told from a missing scrape.
            parked(meters, topic);
        }
        var containerProperties = ListenerContainers.properties(topics);
        containerProperties.setAckMode(ContainerProperties.AckMode.RECORD);
        // Each record is handled inside an observation continuing the trace in its traceparent header.
        containerProperties.setObservationEnabled(true);
        var dispatcher = new InboxDispatcher(json, inbox, handlers, properties, meters);
        containerProperties.setMessageListener(dispatcher);
        deadLetters.replayThrough(dispatcher);
        var container = new ConcurrentMessageListenerContainer<>(consumers, containerProperties);
        container.setConcurrency(properties.concurrency());
        container.setCommonErrorHandler(errorHandler(deadLetters, properties, meters));
        return container;
    }

    /** {@code inbox_dead_letters_total{topic}}: events of the topic this application parked. */
    private static Counter parked(MeterRegistry meters, String topic) {
        return Counter.builder("inbox.dead.letters").description("events parked after their retries")
                .tag("topic", topic).register(meters);
    }

    private static DefaultErrorHandler errorHandler(DeadLetters deadLetters, InboxProperties properties,
                                                    MeterRegistry meters) {
        ConsumerRecordRecoverer recoverer = (record, error) -> {
            // Alert-worthy: an event this application could not handle waits, parked (deploy/RUNBOOK.md).
            parked(meters, record.topic()).increment();
            deadLetters.park(record, error).block(Duration.ofSeconds(30));
        };
        var backOff = new ExponentialBackOffWithMaxRetries(properties.retries());
        backOff.setInitialInterval(properties.initialBackoff().toMillis());
        backOff.setMultiplier(2.0);
        backOff.setMaxInterval(properties.maxBackoff().toMillis());
        var handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(MalformedEventException.class);
        return handler;
    }
}
