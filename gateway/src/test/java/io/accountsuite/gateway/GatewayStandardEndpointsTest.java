package io.accountsuite.gateway;

import io.accountsuite.testkit.ServiceTest;
import io.accountsuite.testkit.StandardEndpointsContract;

@ServiceTest
class GatewayStandardEndpointsTest extends StandardEndpointsContract {
}
