package io.accountsuite.platform.metrics;

import io.prometheus.metrics.tracer.common.SpanContext;
import org.jspecify.annotations.Nullable;

/**
 * The span context the Prometheus registry sees while exemplars are off ({@code platform.metrics.exemplars=false}):
 * it never offers a span, so no sample carries a trace id. Exemplars on counters and summaries need Prometheus 2.43
 * or later, and Google's managed Prometheus refuses them: a Prometheus 2.42 (Debian 12) marks a target that sends
 * them down ("metric name http_server_requests_seconds_count does not support exemplars").
 */
public final class NoExemplars implements SpanContext {

    @Override
    public @Nullable String getCurrentTraceId() {
        return null;
    }

    @Override
    public @Nullable String getCurrentSpanId() {
        return null;
    }

    @Override
    public boolean isCurrentSpanSampled() {
        return false;
    }

    @Override
    public void markCurrentSpanAsExemplar() {
        // Nothing is ever offered, so nothing is marked.
    }
}
