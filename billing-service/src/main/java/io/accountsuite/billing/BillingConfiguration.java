package io.accountsuite.billing;

import io.accountsuite.contracts.erasure.ErasureEvents;
import io.accountsuite.platform.erasure.ErasureConfirmation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * On account deletion billing keeps nothing linked to the account: the address, payments and credit go, and issued
 * invoices and credit notes move to the legal archive (archive.InvoiceArchive).
 */
@Configuration
@EnableScheduling
class BillingConfiguration {

    /** This service's part in account deletion: it confirms with BillingDataErased. */
    @Bean
    ErasureConfirmation erasureConfirmation() {
        return new ErasureConfirmation("billing", ErasureEvents.BILLING_DATA_ERASED);
    }
}
