package io.accountsuite.gateway.composition;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Time budgets of the composed account page ({@code gateway.composition.*}); each backend's breaker and bulkhead
 * are {@code gateway.breakers.*} ({@link io.accountsuite.gateway.backend.BreakerProperties}).
 *
 * @param blockTimeout the most one backend call may take
 * @param pageBudget   the most the whole page may take; calls that depend on others get what is left
 */
@ConfigurationProperties("gateway.composition")
public record CompositionProperties(Duration blockTimeout, Duration pageBudget) {

    public CompositionProperties {
        blockTimeout = blockTimeout == null ? Duration.ofMillis(800) : blockTimeout;
        pageBudget = pageBudget == null ? Duration.ofMillis(950) : pageBudget;
    }
}
