package io.accountsuite.membership.membership;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.accountsuite.membership.renewal.RenewalCharges;
import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.problem.ProblemType;
import io.accountsuite.platform.security.Caller;
import io.accountsuite.platform.validation.PlainText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Cancelling stops renewals at once but keeps the site up until the period ends. Resubscribing turns renewals back
 * on; a membership whose period already ended starts a new one, invoiced like a renewal.
 */
@Service
public class Cancellation {

    public static final List<String> REASONS = List.of("too-expensive", "missing-features", "switching-service",
            "not-using", "technical-issues", "other");
    private static final Set<MembershipStatus> CANCELLABLE = EnumSet.of(MembershipStatus.PENDING,
            MembershipStatus.TRIALING, MembershipStatus.ACTIVE, MembershipStatus.ON_HOLD);

    private final OwnedMemberships owned;
    private final Memberships memberships;
    private final RenewalCharges renewals;
    private final StatusAnnouncements announce;
    private final TransactionalOperator tx;
    private final Clock clock;

    public Cancellation(OwnedMemberships owned, Memberships memberships, RenewalCharges renewals, StatusAnnouncements announce,
                        TransactionalOperator tx, Clock clock) {
        this.owned = owned;
        this.memberships = memberships;
        this.renewals = renewals;
        this.announce = announce;
        this.tx = tx;
        this.clock = clock;
    }

    public Mono<Membership> cancel(Caller caller, UUID id, String reason, String details, String confirm) {
        ApiProblem invalid = ProblemType.VALIDATION.problem("The cancellation is incomplete; see errors");
        if (reason == null || !REASONS.contains(reason)) {
            invalid.field("reason", "must be one of " + String.join(", ", REASONS));
        }
        String text = details == null ? "" : details.strip();
        if ("other".equals(reason) && text.isEmpty()) {
            invalid.field("details", "tell us why when the reason is other");
        }
        if (text.length() > 1000 || !PlainText.isMultiLine(text)) {
            invalid.field("details", "must be at most 1000 characters without control characters");
        }
        if (!"CANCEL".equals(confirm)) {
            invalid.field("confirm", "type CANCEL to confirm");
        }
        if (!invalid.errors().isEmpty()) {
            return Mono.error(invalid);
        }
        String recorded = text.isEmpty() ? reason : reason + ": " + text;
        return tx.transactional(owned.lock(caller, id).flatMap(m -> {
            if (!CANCELLABLE.contains(m.status())) {
                return Mono.error(MembershipProblems.NOT_ALLOWED_NOW.problem("A " + m.status().value()
                        + " membership cannot be cancelled"));
            }
            Membership cancelled = new Membership(m.id(), m.reference(), m.customerId(), m.planId(), m.addOns(),
                    MembershipStatus.CANCELLED, m.currency(), m.initialAmount(), m.recurringAmount(), m.period(),
                    m.billingCycles(), m.timesBilled(), false, m.coupon(), m.createdAt(), m.activatedAt(),
                    m.periodStart(), m.expiresOn(), clock.instant(), recorded, null);
            return memberships.update(cancelled).then(announce.changed(m, cancelled)).thenReturn(cancelled);
        }));
    }

    public Mono<Membership> resubscribe(Caller caller, UUID id) {
        return tx.transactional(owned.lock(caller, id).flatMap(m -> {
            if (m.status() != MembershipStatus.CANCELLED && m.status() != MembershipStatus.EXPIRED) {
                return Mono.error(MembershipProblems.NOT_ALLOWED_NOW.problem("Only a cancelled or expired membership"
                        + " can be resubscribed"));
            }
            Instant now = clock.instant();
            LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
            boolean periodOver = m.expiresOn() != null && !m.expiresOn().isAfter(today);
            LocalDate start = periodOver ? today : m.periodStart();
            LocalDate end = periodOver ? m.period().end(today).orElse(null) : m.expiresOn();
            Membership back = new Membership(m.id(), m.reference(), m.customerId(), m.planId(), m.addOns(),
                    MembershipStatus.ACTIVE, m.currency(), m.initialAmount(), m.recurringAmount(), m.period(),
                    m.billingCycles(), m.timesBilled(), m.period().recurs(), m.coupon(), m.createdAt(), now, start,
                    end, null, null, null);
            Mono<Void> invoice = periodOver ? renewals.requestPayment(back, start, end) : Mono.empty();
            return memberships.update(back).then(announce.changed(m, back)).then(invoice).thenReturn(back);
        }));
    }

}
