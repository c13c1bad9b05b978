package io.accountsuite.membership;

import io.accountsuite.testkit.ServiceTest;
import io.accountsuite.testkit.StandardEndpointsContract;

@ServiceTest
class MembershipStandardEndpointsIT extends StandardEndpointsContract {
}
