package io.accountsuite.gateway;

import io.accountsuite.testkit.ServiceTest;
import io.accountsuite.testkit.StandardEndpointsContract;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@ServiceTest
class GatewayStandardEndpointsTest extends StandardEndpointsContract {

    @org.junit.jupiter.api.Test
    void readiness_waits_for_the_session_cut_offs() {
        web.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.components.sessionCutoffs.status").isEqualTo("UP");
    }

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        GatewayTestBackends.register(registry);
    }
}
