package io.accountsuite.billing;

import io.accountsuite.billing.address.BillingAddresses;
import io.accountsuite.billing.invoice.Invoices;
import io.accountsuite.platform.erasure.CustomerDataEraser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class BillingConfiguration {

    /** On account deletion the address, invoices, payments and credit go; nothing stays in the database. */
    @Bean
    CustomerDataEraser billingEraser(BillingAddresses addresses, Invoices invoices) {
        return customer -> addresses.delete(customer).then(invoices.deleteOfCustomer(customer));
    }
}
