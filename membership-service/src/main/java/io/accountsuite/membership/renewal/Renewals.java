package io.accountsuite.membership.renewal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.accountsuite.membership.MembershipSettings;
import io.accountsuite.membership.catalog.Products;
import io.accountsuite.membership.memberships.CatalogCharges;
import io.accountsuite.membership.memberships.Membership;
import io.accountsuite.membership.memberships.MembershipChanges;
import io.accountsuite.membership.memberships.MembershipEventPublisher;
import io.accountsuite.membership.memberships.Memberships;
import io.accountsuite.platform.schedule.BackgroundPoller;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Time passing for memberships ({@link Membership#advance}): unpaid purchases and changes lapse, scheduled changes
 * take effect, renewal invoices are issued ahead of the period's end, unpaid periods go on hold and then expire.
 * Each membership is handled in its own transaction under a {@code SKIP LOCKED} row lock, and the aggregate checks
 * its state again, so restarts and a second instance are safe.
 */
@Component
@RequiredArgsConstructor
public class Renewals {

    private final BackgroundPoller poller = new BackgroundPoller("renewals", Duration.ofMinutes(30));

    private static final Logger log = LoggerFactory.getLogger(Renewals.class);

    private final Memberships memberships;
    private final MembershipChanges changes;
    private final Products products;
    private final MembershipEventPublisher events;
    private final MembershipSettings settings;
    private final TransactionalOperator tx;
    private final Clock clock;

    @Scheduled(fixedDelayString = "${membership.renewal.interval:1m}", initialDelayString = "10s")
    void scheduled() {
        poller.pass(this::runOnce);
    }

    public Mono<Void> runOnce() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Membership.Policy policy = policy(settings);
        return memberships.dueForTime(today, policy.renewalInvoiceDaysBefore(), today.minusDays(policy.graceDays()),
                        now.minus(policy.abandonPendingAfter()), now)
                .concatMap(id -> tx.transactional(memberships.tryLock(id).flatMap(m -> advance(m, now, policy))))
                .then();
    }

    private Mono<Membership> advance(Membership m, Instant now, Membership.Policy policy) {
        Set<UUID> ids = new HashSet<>(m.addOns().keySet());
        ids.add(m.planId());
        if (m.scheduledChange() != null) { // the renewal after it takes effect is priced on its terms
            ids.add(m.scheduledChange().planId());
            ids.addAll(m.scheduledChange().addOns().keySet());
        }
        Mono<Membership.ScheduledOutcome> scheduled = m.scheduledChange() == null ? Mono.empty()
                : changes.scheduledOutcome(m);
        return products.byIds(ids).zipWith(scheduled.map(Optional::of)
                        .defaultIfEmpty(Optional.empty()))
                .flatMap(t -> events.save(m.advance(now, policy, new CatalogCharges(t.getT1()),
                        change -> t.getT2().orElseThrow())));
    }

    private static Membership.Policy policy(MembershipSettings settings) {
        return new Membership.Policy(settings.renewal().graceDays(), settings.renewal().invoiceDaysBefore(),
                settings.pending().abandonAfter(), settings.pending().changeExpiresAfter());
    }
}
