package io.accountsuite.billing;

import java.time.Clock;

import io.accountsuite.billing.address.BillingAddresses;
import io.accountsuite.billing.invoice.Invoices;
import io.accountsuite.platform.erasure.CustomerDataEraser;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class BillingConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** On account deletion the address, invoices, payments and credit go; nothing stays in the database. */
    @Bean
    CustomerDataEraser billingEraser(BillingAddresses addresses, Invoices invoices) {
        return customer -> addresses.delete(customer).then(invoices.deleteOfCustomer(customer));
    }
}
