package io.accountsuite.membership;

import io.accountsuite.contracts.erasure.ErasureEvents;
import io.accountsuite.platform.erasure.ErasureConfirmation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration
@EnableScheduling
class MembershipConfiguration {

    /** This service's part in account deletion: it confirms with MembershipDataErased. */
    @Bean
    ErasureConfirmation erasureConfirmation() {
        return new ErasureConfirmation("membership", ErasureEvents.MEMBERSHIP_DATA_ERASED);
    }
}
