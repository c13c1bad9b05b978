package io.accountsuite.membership.membership;

import java.time.ZoneOffset;

import io.accountsuite.contracts.membership.MembershipEvents;
import io.accountsuite.contracts.membership.MembershipEvents.MembershipStatusChanged;
import io.accountsuite.platform.outbox.Outbox;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Publishes MembershipStatusChanged, inside the transaction that changed the status. */
@Component
public class StatusAnnouncements {

    private final Outbox outbox;

    public StatusAnnouncements(Outbox outbox) {
        this.outbox = outbox;
    }

    public Mono<Void> changed(Membership before, Membership after) {
        if (before.status() == after.status()) {
            return Mono.empty();
        }
        var event = new MembershipStatusChanged(after.id(), before.status().value(), after.status().value(),
                after.expiresOn() == null ? null : after.expiresOn().atStartOfDay().toInstant(ZoneOffset.UTC));
        return outbox.append(MembershipEvents.MEMBERSHIP_STATUS_CHANGED, after.customerId(), after.id(), event)
                .then();
    }
}
