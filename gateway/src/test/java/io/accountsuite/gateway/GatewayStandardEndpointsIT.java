package io.accountsuite.gateway;

import io.accountsuite.testkit.ServiceTest;
import io.accountsuite.testkit.StandardEndpointsContract;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@ServiceTest
class GatewayStandardEndpointsIT extends StandardEndpointsContract {

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        GatewayTestBackends.register(registry);
    }
}
