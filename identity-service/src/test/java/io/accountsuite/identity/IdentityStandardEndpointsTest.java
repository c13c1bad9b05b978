package io.accountsuite.identity;

import io.accountsuite.testkit.ServiceTest;
import io.accountsuite.testkit.StandardEndpointsContract;

@ServiceTest
class IdentityStandardEndpointsTest extends StandardEndpointsContract {

    @Override
    protected String validAccessToken() {
        return new IdentityClient(web).register().accessToken();
    }
}
