package io.accountsuite.billing.invoice;

import io.accountsuite.contracts.membership.MembershipEvents;
import io.accountsuite.contracts.membership.MembershipEvents.MembershipChargeDue;
import io.accountsuite.platform.inbox.EventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What membership-service asks of billing: invoice a charge under the id it chose (dropping one it no longer wants
 * is refund's: {@code refund.DroppedChargeEventHandlers}).
 */
@Configuration
class ChargeEventHandlers {

    @Bean
    EventHandler<MembershipChargeDue> invoiceCharge(InvoiceIssuer issuer) {
        return EventHandler.of("invoice-charge", MembershipEvents.MEMBERSHIP_CHARGE_DUE, e ->
                issuer.issue(e.eventId(), e.customerId(), e.payload().membershipId(), e.payload().invoiceId(),
                        e.payload().charge()).then());
    }
}
