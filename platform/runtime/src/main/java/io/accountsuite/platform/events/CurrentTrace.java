package io.accountsuite.platform.events;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import lombok.RequiredArgsConstructor;
import reactor.core.publisher.Mono;

/**
 * The W3C {@code traceparent} of the span in progress, for an event to carry: the outbox stores it with the event
 * and the relay sends it as a Kafka header, so the consumer's work joins the trace of the request that caused it.
 */
@RequiredArgsConstructor
public class CurrentTrace {

    public static final String HEADER = "traceparent";

    private static final ContextSnapshotFactory SNAPSHOTS = ContextSnapshotFactory.builder().build();

    private final Tracer tracer;
    private final Propagator propagator;

    /**
     * The traceparent of the work subscribing: read inside the subscriber's Reactor context (where WebFlux and the
     * Kafka listener keep the observation), so it holds on whichever thread the pipeline runs.
     */
    public Mono<String> traceparent() {
        return Mono.deferContextual(context -> {
            try (ContextSnapshot.Scope scope = SNAPSHOTS.setThreadLocalsFrom(context)) {
                return Mono.justOrEmpty(onThisThread());
            }
        });
    }

    /** The traceparent of the span current on this thread. */
    private Optional<String> onThisThread() {
        Span span = tracer.currentSpan();
        if (span == null) {
            return Optional.empty();
        }
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(span.context(), carrier, Map::put);
        return Optional.ofNullable(carrier.get(HEADER));
    }
}
