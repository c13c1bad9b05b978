package io.accountsuite.platform.autoconfigure;

import io.accountsuite.platform.metrics.NoExemplars;
import io.prometheus.metrics.tracer.common.SpanContext;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Exemplars (the trace id of a sampled request attached to its metric samples) are a setting,
 * {@code platform.metrics.exemplars} ({@code METRICS_EXEMPLARS}), off by default so that every Prometheus the
 * RUNBOOK supports can scrape: 2.43 or later is needed to take them, and Google's managed Prometheus never does.
 * Off, this provides a span context that offers no span, ahead of Spring Boot's own (which attaches the current
 * span to every sample); on, it steps aside and Spring Boot's applies.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.micrometer.tracing.autoconfigure.prometheus."
        + "PrometheusExemplarsAutoConfiguration")
@ConditionalOnClass(SpanContext.class)
@ConditionalOnBooleanProperty(name = "platform.metrics.exemplars", havingValue = false, matchIfMissing = true)
public class PlatformMetricsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    SpanContext noExemplars() {
        return new NoExemplars();
    }
}
