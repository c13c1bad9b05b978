package io.accountsuite.membership.renewal;

import java.time.Clock;
import java.time.LocalDate;

import io.accountsuite.contracts.billing.BillingEvents;
import io.accountsuite.contracts.billing.BillingEvents.PaymentSucceeded;
import io.accountsuite.membership.membership.Membership;
import io.accountsuite.membership.membership.MembershipStatus;
import io.accountsuite.membership.membership.Memberships;
import io.accountsuite.membership.membership.StatusAnnouncements;
import io.accountsuite.platform.inbox.EventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/**
 * What a payment does to a membership: the first one activates it; a renewal's counts one more time billed and
 * moves the membership into the paid period (bringing back one that expired while unpaid).
 */
@Configuration
class Payments {

    @Bean
    EventHandler<PaymentSucceeded> paymentSucceeded(Memberships memberships, StatusAnnouncements announce,
                                                    Clock clock) {
        return EventHandler.of("payment-succeeded", BillingEvents.PAYMENT_SUCCEEDED, event -> {
            PaymentSucceeded payment = event.payload();
            return memberships.lock(payment.membershipId()).flatMap(m -> switch (payment.purpose()) {
                case "initial" -> activate(m, memberships, announce, clock);
                case "renewal" -> memberships.pendingRenewal(m.id())
                        .flatMap(start -> renew(m, start, memberships, announce));
                default -> Mono.empty();
            });
        });
    }

    private static Mono<Void> activate(Membership m, Memberships memberships, StatusAnnouncements announce,
                                       Clock clock) {
        if (m.status() != MembershipStatus.PENDING) {
            return Mono.empty();
        }
        Membership active = new Membership(m.id(), m.reference(), m.customerId(), m.planId(), m.addOns(),
                MembershipStatus.ACTIVE, m.currency(), m.initialAmount(), m.recurringAmount(), m.period(),
                m.billingCycles(), 1, m.autoRenew(), m.coupon(), m.createdAt(), clock.instant(), m.periodStart(),
                m.expiresOn(), m.cancelledAt(), m.cancellationReason(), m.scheduledChange());
        return memberships.update(active).then(announce.changed(m, active));
    }

    private static Mono<Void> renew(Membership m, LocalDate start, Memberships memberships,
                                    StatusAnnouncements announce) {
        MembershipStatus status = m.status() == MembershipStatus.EXPIRED ? MembershipStatus.ACTIVE : m.status();
        Membership renewed = new Membership(m.id(), m.reference(), m.customerId(), m.planId(), m.addOns(), status,
                m.currency(), m.initialAmount(), m.recurringAmount(), m.period(), m.billingCycles(),
                m.timesBilled() + 1, m.autoRenew(), m.coupon(), m.createdAt(), m.activatedAt(), start,
                m.period().end(start).orElse(null), m.cancelledAt(), m.cancellationReason(), m.scheduledChange());
        return memberships.update(renewed).then(memberships.markRenewalPending(m.id(), null))
                .then(announce.changed(m, renewed));
    }
}
