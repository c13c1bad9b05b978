package io.accountsuite.site;

import io.accountsuite.testkit.ServiceTest;
import io.accountsuite.testkit.StandardEndpointsContract;

@ServiceTest
class SiteStandardEndpointsIT extends StandardEndpointsContract {
}
