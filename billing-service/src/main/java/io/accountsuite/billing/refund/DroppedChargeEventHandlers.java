package io.accountsuite.billing.refund;

import io.accountsuite.contracts.membership.MembershipEvents;
import io.accountsuite.contracts.membership.MembershipEvents.MembershipChargeCancelled;
import io.accountsuite.platform.inbox.EventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A charge membership-service no longer wants (cancelled while unpaid; refunded as a credit note when it was paid
 * meanwhile).
 */
@Configuration
class DroppedChargeEventHandlers {

    @Bean
    EventHandler<MembershipChargeCancelled> dropCharge(Refunds refunds) {
        return EventHandler.of("drop-charge", MembershipEvents.MEMBERSHIP_CHARGE_CANCELLED, e ->
                refunds.dropCharge(e.payload().invoiceId(), e.payload().reason()));
    }
}
