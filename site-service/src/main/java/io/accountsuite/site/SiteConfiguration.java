package io.accountsuite.site;

import io.accountsuite.contracts.erasure.ErasureEvents;
import io.accountsuite.platform.erasure.CustomerDataEraser;
import io.accountsuite.platform.erasure.ErasureConfirmation;
import io.accountsuite.site.limits.EntitlementsStore;
import io.accountsuite.site.sites.Sites;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration
@EnableScheduling
class SiteConfiguration {

    /** On account deletion: every site of the customer with its content, switches and visits, and its limits. */
    @Bean
    CustomerDataEraser siteEraser(Sites sites, EntitlementsStore entitlements) {
        return customer -> sites.deleteOfCustomer(customer).then(entitlements.deleteOfCustomer(customer));
    }

    /** This service's part in account deletion: it confirms with SiteDataErased. */
    @Bean
    ErasureConfirmation erasureConfirmation() {
        return new ErasureConfirmation("site", ErasureEvents.SITE_DATA_ERASED);
    }
}
