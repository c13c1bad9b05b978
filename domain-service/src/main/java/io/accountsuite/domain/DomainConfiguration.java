package io.accountsuite.domain;

import io.accountsuite.contracts.erasure.ErasureEvents;
import io.accountsuite.platform.erasure.ErasureConfirmation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration
@EnableScheduling
class DomainConfiguration {

    /** This service's part in account deletion: it confirms with DomainDataErased. */
    @Bean
    ErasureConfirmation erasureConfirmation() {
        return new ErasureConfirmation("domain", ErasureEvents.DOMAIN_DATA_ERASED);
    }
}
