package io.accountsuite.billing;

import io.accountsuite.testkit.ServiceTest;
import io.accountsuite.testkit.StandardEndpointsContract;

@ServiceTest
class BillingStandardEndpointsIT extends StandardEndpointsContract {
}
