package io.accountsuite.gateway.composition;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Budgets and breaker settings of the composed account page.
 *
 * @param blockTimeout   the most one backend call may take
 * @param pageBudget     the most the whole page may take; calls that depend on others get what is left
 * @param failureRate    percentage of failed calls that opens a backend's breaker
 * @param window         calls the failure rate is measured over
 * @param openFor        how long an open breaker refuses calls before letting a few through again
 * @param maxConcurrent  calls in flight per backend before further ones are refused at once (bulkhead)
 */
@ConfigurationProperties("gateway.composition")
public record CompositionProperties(Duration blockTimeout, Duration pageBudget, Integer failureRate, Integer window,
                                    Duration openFor, Integer maxConcurrent) {

    public CompositionProperties {
        blockTimeout = blockTimeout == null ? Duration.ofMillis(800) : blockTimeout;
        pageBudget = pageBudget == null ? Duration.ofMillis(950) : pageBudget;
        failureRate = failureRate == null ? 50 : failureRate;
        window = window == null ? 10 : window;
        openFor = openFor == null ? Duration.ofSeconds(30) : openFor;
        maxConcurrent = maxConcurrent == null ? 50 : maxConcurrent;
    }
}
