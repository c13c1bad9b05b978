package io.accountsuite.gateway.backend;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Each backend's circuit breaker and bulkhead ({@code gateway.breakers.*}), applied through Spring Cloud
 * CircuitBreaker's customizers ({@link BreakerSettings}).
 *
 * @param failureRate   percentage of failed calls that opens a backend's breaker
 * @param window        calls the failure rate is measured over
 * @param openFor       how long an open breaker refuses calls before letting one through again
 * @param maxConcurrent calls in flight per backend before further ones are refused at once (bulkhead)
 */
@ConfigurationProperties("gateway.breakers")
public record BreakerProperties(Integer failureRate, Integer window, Duration openFor, Integer maxConcurrent) {

    public BreakerProperties {
        failureRate = failureRate == null ? 50 : failureRate;
        window = window == null ? 10 : window;
        // Short: one slow trial call (a restarted, still cold service) keeps it open another period, and while it
        // is open every customer's page goes without that backend's blocks.
        openFor = openFor == null ? Duration.ofSeconds(10) : openFor;
        maxConcurrent = maxConcurrent == null ? 50 : maxConcurrent;
    }
}
