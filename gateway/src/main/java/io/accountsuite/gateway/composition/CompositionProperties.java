package io.accountsuite.gateway.composition;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Time budget and per-customer limit of the composed account page ({@code gateway.composition.*}); each backend's
 * breaker and bulkhead are {@code gateway.breakers.*} ({@link io.accountsuite.gateway.backend.BreakerProperties}).
 *
 * @param blockTimeout           the most one backend call may take; the page makes one call a service, all at
 *                               once, so this is also the most the page waits for its backends
 * @param maxInFlightPerCustomer composed requests (page, its JSON, export) of one customer at once before 429
 *                               ({@link ComposedRequestLimit})
 */
@ConfigurationProperties("gateway.composition")
public record CompositionProperties(Duration blockTimeout, Integer maxInFlightPerCustomer) {

    public CompositionProperties {
        blockTimeout = blockTimeout == null ? Duration.ofMillis(800) : blockTimeout;
        maxInFlightPerCustomer = maxInFlightPerCustomer == null ? 4 : maxInFlightPerCustomer;
    }
}
