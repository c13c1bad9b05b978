package io.accountsuite.membership.renewal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Function;

import io.accountsuite.membership.change.MembershipChanges;
import io.accountsuite.membership.membership.Membership;
import io.accountsuite.membership.membership.MembershipStatus;
import io.accountsuite.membership.membership.Memberships;
import io.accountsuite.membership.membership.StatusAnnouncements;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The daily turn of memberships: scheduled changes take effect, ended periods ask for renewal, unpaid renewals past
 * the grace period and ended cancellations expire. Each membership is handled in its own transaction under a
 * {@code SKIP LOCKED} row lock, and every step checks the state again, so restarts and a second instance are safe.
 */
@Component
public class Renewals {

    private static final Logger log = LoggerFactory.getLogger(Renewals.class);

    private final Memberships memberships;
    private final MembershipChanges changes;
    private final RenewalCharges charges;
    private final StatusAnnouncements announce;
    private final TransactionalOperator tx;
    private final Clock clock;
    private final int graceDays;

    public Renewals(Memberships memberships, MembershipChanges changes, RenewalCharges charges, StatusAnnouncements announce,
                    TransactionalOperator tx, Clock clock, @Value("${membership.renewal.grace-days:7}") int graceDays) {
        this.memberships = memberships;
        this.changes = changes;
        this.charges = charges;
        this.announce = announce;
        this.tx = tx;
        this.clock = clock;
        this.graceDays = graceDays;
    }

    @Scheduled(fixedDelayString = "${membership.renewal.interval:1m}", initialDelayString = "10s")
    void scheduled() {
        runOnce().onErrorResume(e -> {
            log.warn("renewal run failed; next run retries: {}", e.toString());
            return Mono.empty();
        }).block();
    }

    public Mono<Void> runOnce() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return each("scheduled_change IS NOT NULL", m -> changes.applyScheduled(m, today))
                .then(each("status = 'active' AND expires_on <= :today AND renewal_pending_for IS NULL",
                        m -> renewOrEnd(m, today)))
                .then(each("status = 'active' AND renewal_pending_for IS NOT NULL", m -> expireIfUnpaid(m, today)))
                .then(each("status = 'cancelled' AND expires_on <= :today", m -> expire(m, today)));
    }

    private Mono<Void> renewOrEnd(Membership m, LocalDate today) {
        if (m.status() != MembershipStatus.ACTIVE || m.expiresOn() == null || m.expiresOn().isAfter(today)) {
            return Mono.empty();
        }
        boolean cyclesLeft = m.billingCycles() == 0 || m.timesBilled() < m.billingCycles();
        if (!m.autoRenew() || !cyclesLeft) {
            return expire(m, today);
        }
        LocalDate start = m.expiresOn();
        return charges.requestPayment(m, start, m.period().end(start).orElse(null));
    }

    private Mono<Void> expireIfUnpaid(Membership m, LocalDate today) {
        return m.expiresOn() != null && m.expiresOn().plusDays(graceDays).isBefore(today) ? expire(m, today)
                : Mono.empty();
    }

    private Mono<Void> expire(Membership m, LocalDate today) {
        if (!m.status().canBecome(MembershipStatus.EXPIRED) || m.expiresOn() == null || m.expiresOn().isAfter(today)) {
            return Mono.empty();
        }
        Membership expired = m.withStatus(MembershipStatus.EXPIRED);
        return memberships.update(expired).then(announce.changed(m, expired));
    }

    private Mono<Void> each(String condition, Function<Membership, Mono<Void>> step) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Flux<UUID> ids = memberships.idsWhere(condition, today);
        return ids.concatMap(id -> tx.transactional(memberships.tryLock(id).flatMap(step))).then();
    }
}
