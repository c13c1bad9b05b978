package io.accountsuite.gateway.composition;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Time budget of the composed account page ({@code gateway.composition.*}); each backend's breaker and bulkhead
 * are {@code gateway.breakers.*} ({@link io.accountsuite.gateway.backend.BreakerProperties}).
 *
 * @param blockTimeout the most one backend call may take; the page makes one call a service, all at once, so this
 *                     is also the most the page waits for its backends
 */
@ConfigurationProperties("gateway.composition")
public record CompositionProperties(Duration blockTimeout) {

    public CompositionProperties {
        blockTimeout = blockTimeout == null ? Duration.ofMillis(800) : blockTimeout;
    }
}
