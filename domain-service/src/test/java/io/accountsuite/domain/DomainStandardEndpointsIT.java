package io.accountsuite.domain;

import io.accountsuite.testkit.ServiceTest;
import io.accountsuite.testkit.StandardEndpointsContract;

@ServiceTest
class DomainStandardEndpointsIT extends StandardEndpointsContract {
}
