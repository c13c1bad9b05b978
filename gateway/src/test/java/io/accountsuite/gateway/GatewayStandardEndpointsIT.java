package io.accountsuite.gateway;

import io.accountsuite.testkit.StandardEndpointsContract;

@GatewayTest
class GatewayStandardEndpointsIT extends StandardEndpointsContract {
}
