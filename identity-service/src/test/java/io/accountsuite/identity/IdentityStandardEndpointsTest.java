package io.accountsuite.identity;

import io.accountsuite.testkit.ServiceTest;
import io.accountsuite.testkit.StandardEndpointsContract;

@ServiceTest
class IdentityStandardEndpointsTest extends StandardEndpointsContract {
}
