package io.accountsuite.membership.memberships;

import io.accountsuite.platform.erasure.CustomerDataEraser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What this service erases of a customer whose account is deleted (SPEC "Delete account"). */
@Configuration
class MembershipErasure {

    /** The customer's memberships and their usage projection. */
    @Bean
    CustomerDataEraser membershipEraser(Memberships memberships) {
        return memberships::deleteOfCustomer;
    }
}
