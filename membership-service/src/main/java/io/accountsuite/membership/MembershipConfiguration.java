package io.accountsuite.membership;

import io.accountsuite.membership.membership.Memberships;
import io.accountsuite.platform.erasure.CustomerDataEraser;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration
@EnableScheduling
@EnableConfigurationProperties(MembershipSettings.class)
class MembershipConfiguration {

    /** On account deletion: the customer's memberships and their usage projection. */
    @Bean
    CustomerDataEraser membershipEraser(Memberships memberships) {
        return memberships::deleteOfCustomer;
    }
}
