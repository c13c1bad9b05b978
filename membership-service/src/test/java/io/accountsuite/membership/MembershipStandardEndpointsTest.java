package io.accountsuite.membership;

import io.accountsuite.testkit.ServiceTest;
import io.accountsuite.testkit.StandardEndpointsContract;

@ServiceTest
class MembershipStandardEndpointsTest extends StandardEndpointsContract {
}
