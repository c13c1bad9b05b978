package io.accountsuite.identity.deletion;

import io.accountsuite.contracts.EventType;
import io.accountsuite.contracts.erasure.ErasureEvents;
import io.accountsuite.contracts.erasure.ErasureEvents.DataErased;
import io.accountsuite.platform.inbox.EventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The deletion saga hears each service's *DataErased and records that service's confirmation. */
@Configuration
class ErasureEventHandlers {

    @Bean
    EventHandler<DataErased> membershipErased(AccountDeletion deletion) {
        return confirmation(ErasureEvents.MEMBERSHIP_DATA_ERASED, deletion);
    }

    @Bean
    EventHandler<DataErased> billingErased(AccountDeletion deletion) {
        return confirmation(ErasureEvents.BILLING_DATA_ERASED, deletion);
    }

    @Bean
    EventHandler<DataErased> siteErased(AccountDeletion deletion) {
        return confirmation(ErasureEvents.SITE_DATA_ERASED, deletion);
    }

    @Bean
    EventHandler<DataErased> domainErased(AccountDeletion deletion) {
        return confirmation(ErasureEvents.DOMAIN_DATA_ERASED, deletion);
    }

    @Bean
    EventHandler<DataErased> notificationErased(AccountDeletion deletion) {
        return confirmation(ErasureEvents.NOTIFICATION_DATA_ERASED, deletion);
    }

    private static EventHandler<DataErased> confirmation(EventType<DataErased> type, AccountDeletion deletion) {
        return EventHandler.of("deletion-saga:" + type.name(), type, event ->
                deletion.confirmed(event.customerId(), event.payload().service(), event.payload().kept()));
    }
}
