package io.accountsuite.notification.notices;

import io.accountsuite.contracts.membership.MembershipEvents;
import io.accountsuite.contracts.membership.MembershipEvents.MembershipCreated;
import io.accountsuite.contracts.membership.MembershipEvents.MembershipStatusChanged;
import io.accountsuite.notification.mail.Kind;
import io.accountsuite.notification.mail.Letter;
import io.accountsuite.platform.inbox.EventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/**
 * Membership's events the customer hears of: put on hold or expired for want of payment (with Pay now); and the
 * trials to remind of 3 days before they end ({@link TrialReminders}).
 */
@Configuration
class MembershipNotices {

    static final String TRIALING = "trialing";

    @Bean
    EventHandler<MembershipCreated> trialStarted(Trials trials) {
        return EventHandler.of("membership-created", MembershipEvents.MEMBERSHIP_CREATED, event -> {
            MembershipCreated created = event.payload();
            return TRIALING.equals(created.status()) && created.paidThrough() != null
                    ? trials.start(created.membershipId(), event.customerId(), created.paidThrough())
                    : Mono.empty();
        });
    }

    @Bean
    EventHandler<MembershipStatusChanged> statusChanged(Trials trials, Notices notices) {
        return EventHandler.of("membership-status-changed", MembershipEvents.MEMBERSHIP_STATUS_CHANGED, event -> {
            MembershipStatusChanged changed = event.payload();
            Mono<Void> trial = TRIALING.equals(changed.to()) && changed.paidThrough() != null
                    ? trials.start(changed.membershipId(), event.customerId(), changed.paidThrough())
                    : trials.end(changed.membershipId());
            return trial.then(switch (changed.to()) {
                case "on-hold" -> notices.tell(event.eventId(), event.customerId(),
                        Letter.of(Kind.MEMBERSHIP_ON_HOLD, "/account"));
                case "expired" -> notices.tell(event.eventId(), event.customerId(),
                        Letter.of(Kind.MEMBERSHIP_EXPIRED, "/account"));
                default -> Mono.empty();
            });
        });
    }
}
