package io.accountsuite.notification;

import io.accountsuite.contracts.erasure.ErasureEvents;
import io.accountsuite.platform.erasure.ErasureConfirmation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration
@EnableScheduling
class NotificationConfiguration {

    /** This service's part in account deletion: it confirms with NotificationDataErased. */
    @Bean
    ErasureConfirmation erasureConfirmation() {
        return new ErasureConfirmation("notification", ErasureEvents.NOTIFICATION_DATA_ERASED);
    }
}
