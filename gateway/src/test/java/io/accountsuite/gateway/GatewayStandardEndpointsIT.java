package io.accountsuite.gateway;

import io.accountsuite.gateway.backend.Backend;
import io.accountsuite.gateway.backend.BreakerProperties;
import io.accountsuite.testkit.StandardEndpointsContract;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;

import static org.assertj.core.api.Assertions.assertThat;

@GatewayTest
class GatewayStandardEndpointsIT extends StandardEndpointsContract {

    @Autowired
    ReactiveResilience4JCircuitBreakerFactory breakers;

    @Autowired
    BreakerProperties settings;

    /** The alerts PageBackendBreakerOpen and PageBlocksUnavailable read these before any backend has failed. */
    @Test
    void every_backends_breaker_is_reported_from_start_up_with_the_pages_settings() {
        String metrics = management().get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        CircuitBreakerRegistry registry = breakers.getCircuitBreakerRegistry();
        for (Backend backend : Backend.values()) {
            String name = "name=\"" + backend.id() + "\"";
            assertThat(metrics).as(backend.id())
                    .containsPattern("resilience4j_circuitbreaker_state\\{[^}]*" + name + "[^}]*state=\"open\"")
                    .containsPattern("resilience4j_circuitbreaker_calls_seconds_count\\{[^}]*kind=\"failed\"[^}]*"
                            + name);
            assertThat(registry.circuitBreaker(backend.id()).getCircuitBreakerConfig().getFailureRateThreshold())
                    .as(backend.id()).isEqualTo((float) settings.failureRate());
        }
    }
}
