package io.accountsuite.identity.deletion;

import io.accountsuite.contracts.erasure.ErasureEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class DeletionConfiguration {

    @Bean
    ErasureConfirmation membershipErased(AccountDeletion deletion) {
        return new ErasureConfirmation(ErasureEvents.MEMBERSHIP_DATA_ERASED, deletion);
    }

    @Bean
    ErasureConfirmation billingErased(AccountDeletion deletion) {
        return new ErasureConfirmation(ErasureEvents.BILLING_DATA_ERASED, deletion);
    }

    @Bean
    ErasureConfirmation siteErased(AccountDeletion deletion) {
        return new ErasureConfirmation(ErasureEvents.SITE_DATA_ERASED, deletion);
    }

    @Bean
    ErasureConfirmation domainErased(AccountDeletion deletion) {
        return new ErasureConfirmation(ErasureEvents.DOMAIN_DATA_ERASED, deletion);
    }
}
