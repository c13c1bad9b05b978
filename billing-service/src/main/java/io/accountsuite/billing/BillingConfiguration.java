package io.accountsuite.billing;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * On account deletion billing keeps nothing linked to the account: the address, payments and credit go, and issued
 * invoices and credit notes move to the legal archive (archive.InvoiceArchive).
 */
@Configuration
@EnableScheduling
class BillingConfiguration {
}
