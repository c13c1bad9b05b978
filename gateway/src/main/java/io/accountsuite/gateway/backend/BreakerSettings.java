package io.accountsuite.gateway.backend;

import java.time.Duration;

import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4jBulkheadProvider;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4jBulkheadConfigurationBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every backend's breaker and bulkhead, set once through Spring Cloud CircuitBreaker. Only trouble on the backend's
 * side opens a breaker ({@link Block#isFailure}). Spring Cloud's time limiter is off
 * ({@code spring.cloud.circuitbreaker.resilience4j.disable-time-limiter}): each call has its own time limit
 * ({@code gateway.composition.block-timeout} for the page).
 */
@Configuration(proxyBeanMethods = false)
class BreakerSettings {

    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> breakerDefaults(BreakerProperties breakers) {
        CircuitBreakerConfig config = breaker(breakers);
        return factory -> factory.configureDefault(id -> new Resilience4JConfigBuilder(id)
                .circuitBreakerConfig(config).build());
    }

    /** A backend's breaker, as every backend has it. */
    static CircuitBreakerConfig breaker(BreakerProperties breakers) {
        return CircuitBreakerConfig.custom()
                .failureRateThreshold(breakers.failureRate())
                .slidingWindowSize(breakers.window())
                .minimumNumberOfCalls(breakers.window())
                .waitDurationInOpenState(breakers.openFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                .recordException(Block::isFailure)
                .build();
    }

    @Bean
    Customizer<ReactiveResilience4jBulkheadProvider> bulkheadDefaults(BreakerProperties breakers) {
        BulkheadConfig config = BulkheadConfig.custom()
                .maxConcurrentCalls(breakers.maxConcurrent()).maxWaitDuration(Duration.ZERO).build();
        return provider -> provider.configureDefault(id -> new Resilience4jBulkheadConfigurationBuilder()
                .bulkheadConfig(config).build());
    }
}
