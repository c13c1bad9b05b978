package io.accountsuite.membership.renewal;

import java.time.Clock;

import io.accountsuite.contracts.billing.BillingEvents;
import io.accountsuite.contracts.billing.BillingEvents.PaymentFailed;
import io.accountsuite.contracts.billing.BillingEvents.PaymentSucceeded;
import io.accountsuite.membership.memberships.MembershipEventPublisher;
import io.accountsuite.membership.memberships.Memberships;
import io.accountsuite.platform.inbox.EventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What billing's payment events do to a membership: a paid invoice activates it, applies its pending change or pays
 * its next period, whichever awaited that invoice; a declined one is shown on the page. The membership decides
 * ({@code Membership#paid}); an invoice it no longer awaits changes nothing.
 */
@Configuration
class PaymentEventHandlers {

    @Bean
    EventHandler<PaymentSucceeded> paymentSucceeded(Memberships memberships, MembershipEventPublisher events,
                                                    Clock clock) {
        return EventHandler.of("payment-succeeded", BillingEvents.PAYMENT_SUCCEEDED, event ->
                memberships.lock(event.payload().membershipId())
                        .flatMap(m -> events.save(m.paid(event.payload().invoiceId(), clock.instant())))
                        .then());
    }

    @Bean
    EventHandler<PaymentFailed> paymentFailed(Memberships memberships, MembershipEventPublisher events, Clock clock) {
        return EventHandler.of("payment-failed", BillingEvents.PAYMENT_FAILED, event ->
                memberships.lock(event.payload().membershipId())
                        .flatMap(m -> events.save(m.paymentFailed(event.payload().invoiceId(),
                                event.payload().reason(), clock.instant())))
                        .then());
    }
}
