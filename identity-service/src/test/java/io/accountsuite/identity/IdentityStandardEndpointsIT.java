package io.accountsuite.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.accountsuite.identity.customer.Customer;
import io.accountsuite.identity.customer.CustomerStatus;
import io.accountsuite.identity.customer.Language;
import io.accountsuite.identity.token.AccessTokens;
import io.accountsuite.identity.token.SigningKeys;
import io.accountsuite.identity.token.TokenSettings;
import io.accountsuite.testkit.ServiceTest;
import io.accountsuite.testkit.StandardEndpointsContract;
import org.springframework.beans.factory.annotation.Autowired;

@ServiceTest
class IdentityStandardEndpointsIT extends StandardEndpointsContract {

    @Autowired SigningKeys keys;

    @Override
    protected String validAccessToken() {
        return new IdentityClient(web).register().accessToken();
    }

    /** identity-service trusts only its own keys: the token is signed with them. */
    @Override
    protected String sessionToken(UUID customer, UUID session, String issuer, String audience) {
        Instant now = Instant.now();
        var someone = new Customer(customer, "someone@example.com", "Someone", "", Set.of(Customer.CUSTOMER),
                CustomerStatus.ACTIVE, now.minusSeconds(60), now, now, Language.EN);
        return new AccessTokens(keys, new TokenSettings(issuer, audience, new TokenSettings.SigningKeys("", List.of(),
                Duration.ZERO), new TokenSettings.Refresh(Duration.ofSeconds(10)))).issue(someone, session, now.minusSeconds(5)).block();
    }
}
