package io.accountsuite.billing.invoice;

import io.accountsuite.contracts.membership.MembershipEvents;
import io.accountsuite.contracts.membership.MembershipEvents.MembershipChanged;
import io.accountsuite.contracts.membership.MembershipEvents.MembershipCreated;
import io.accountsuite.contracts.membership.MembershipEvents.MembershipRenewalDue;
import io.accountsuite.platform.inbox.EventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The membership events that carry something to invoice: a first purchase, a change, a renewal. */
@Configuration
class ChargeHandlers {

    @Bean
    EventHandler<MembershipCreated> invoiceFirstPurchase(InvoiceIssuer issuer) {
        return EventHandler.of("invoice-membership-created", MembershipEvents.MEMBERSHIP_CREATED, e ->
                issuer.issue(e.eventId(), e.customerId(), e.payload().membershipId(), e.payload().charge()).then());
    }

    @Bean
    EventHandler<MembershipChanged> invoiceChange(InvoiceIssuer issuer) {
        return EventHandler.of("invoice-membership-changed", MembershipEvents.MEMBERSHIP_CHANGED, e ->
                issuer.issue(e.eventId(), e.customerId(), e.payload().membershipId(), e.payload().charge()).then());
    }

    @Bean
    EventHandler<MembershipRenewalDue> invoiceRenewal(InvoiceIssuer issuer) {
        return EventHandler.of("invoice-membership-renewal", MembershipEvents.MEMBERSHIP_RENEWAL_DUE, e ->
                issuer.issue(e.eventId(), e.customerId(), e.payload().membershipId(), e.payload().charge()).then());
    }
}
