package io.accountsuite.membership.memberships;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import io.accountsuite.membership.catalog.BillingPeriod;
import io.accountsuite.membership.memberships.MembershipEvent.ChargeCancelled;
import io.accountsuite.membership.memberships.MembershipEvent.ChargeDue;
import io.accountsuite.membership.memberships.MembershipEvent.StatusChanged;
import io.accountsuite.membership.memberships.MembershipEvent.TermsChanged;
import io.accountsuite.membership.money.Money;

/**
 * A customer's subscription and its state machine (README "Membership states"; SPEC "Money, standing and
 * retention"). Nothing paid-for is granted before it is paid: a first purchase with something due stays
 * {@code pending} until its invoice is paid, an upgrade or add-on purchase with something due waits as the
 * {@link PendingChange}, and credit for unused time comes only from what was paid for the current {@link Period}.
 * Every change of state is a transition below: it checks the current state, and answers the membership after it
 * with the events to publish ({@link Transition}); a transition that does not apply changes nothing.
 *
 * <p>Money is in the membership's currency at its minor unit. Dates are UTC days: a period runs from its start day
 * to its end day, exclusive.
 *
 * @param terms            what the customer subscribes to
 * @param initialAmount    what the first invoice charged (or will charge, for a trial)
 * @param period           the current period and how it stands (paid, trial, unpaid)
 * @param timesBilled      cycle invoices completed (paid or free)
 * @param awaitedPayment   the invoice whose payment activates a pending membership
 * @param pendingChange    an upgrade or add-on purchase awaiting its invoice's payment
 * @param scheduledChange  a downgrade taking effect at the period's end
 * @param pendingRenewal   the next period's invoice, once asked for
 * @param blockedChange    a scheduled downgrade that could not take effect, and why
 * @param paymentFailure   the last declined payment of an invoice this membership awaits
 */
public record Membership(UUID id, String reference, UUID customerId, Currency currency, Instant createdAt,
                         MembershipStatus status, Terms terms, Coupon coupon, Money initialAmount, Period period,
                         int timesBilled, boolean autoRenew, Instant activatedAt, AwaitedPayment awaitedPayment,
                         PendingChange pendingChange, ScheduledChange scheduledChange, PendingRenewal pendingRenewal,
                         BlockedChange blockedChange, PaymentFailure paymentFailure, Cancelled cancelled) {

    /**
     * The plan and add-ons (product id → quantity), the list price of a cycle before any coupon, and how the plan
     * bills: every {@code billingPeriod}, for {@code billingCycles} cycles (0: until cancelled).
     */
    public record Terms(UUID planId, Map<UUID, Integer> addOns, Money listPrice, BillingPeriod billingPeriod,
                        int billingCycles) {
        public Terms {
            addOns = Map.copyOf(addOns);
        }
    }

    /** How the current period stands: paid for, a trial (nothing paid, nothing owed yet), or owed. */
    public enum Standing {
        PAID, TRIAL, UNPAID
    }

    /** The current period: {@code end} is null for lifetime terms; {@code paid} is what paid for it (0 unless PAID). */
    public record Period(LocalDate start, LocalDate end, Standing standing, Money paid) {
    }

    /** The invoice whose payment activates the membership: what it charges, and what of it pays for the period. */
    public record AwaitedPayment(UUID invoiceId, String kind, Money amountDue, Money periodValue, Instant since) {
    }

    /** An upgrade or add-on purchase that applies once its invoice is paid, unless it expires first. */
    public record PendingChange(UUID invoiceId, ChangeKind kind, Terms terms, Money amountDue, Money periodValue,
                                Instant requestedAt, Instant expiresAt) {
    }

    /** A plan and add-ons that take over at the period's end. */
    public record ScheduledChange(UUID planId, Map<UUID, Integer> addOns, LocalDate effectiveOn) {
        public ScheduledChange {
            addOns = Map.copyOf(addOns);
        }
    }

    /** The next period's invoice: {@code paid} once paid ahead of the period's start. */
    public record PendingRenewal(UUID invoiceId, LocalDate periodStart, LocalDate periodEnd, Money periodValue,
                                 boolean paid) {
        PendingRenewal paidAhead() {
            return new PendingRenewal(invoiceId, periodStart, periodEnd, periodValue, true);
        }
    }

    /** A scheduled change that did not take effect on {@code on}, because the site was over its limits. */
    public record BlockedChange(UUID planId, LocalDate on, List<BlockingItem> blocking) {
        public BlockedChange {
            blocking = List.copyOf(blocking);
        }
    }

    public record PaymentFailure(UUID invoiceId, String reason, Instant at) {
    }

    public record Cancelled(Instant at, String reason) {
    }

    /** When things lapse: grace while on hold, renewal invoices ahead of the end, unpaid purchases and changes. */
    public record Policy(int graceDays, int renewalInvoiceDaysBefore, Duration abandonPendingAfter,
                         Duration pendingChangeExpiresAfter) {
    }

    /** What a new membership starts from; {@code trialDays} above 0 starts a trial instead of charging. */
    public record Start(UUID id, String reference, UUID customerId, Terms terms, Coupon coupon,
                        List<ChargeLine> firstLines, int trialDays, Instant now) {
    }

    // ---------------------------------------------------------------------------------------------------------
    // Reading

    public boolean isLifetime() {
        return period.end() == null;
    }

    public UUID planId() {
        return terms.planId();
    }

    public Map<UUID, Integer> addOns() {
        return terms.addOns();
    }

    /** "N / M cycles" or "N / until cancelled". */
    public String timesBilledText() {
        return timesBilled + " / " + (terms.billingCycles() == 0 ? "until cancelled" : terms.billingCycles() + " cycles");
    }

    /**
     * The billing cycle the current period is: 0 for a trial, the last paid one while it runs, the next one while it
     * is owed. A renewal paid ahead of its period does not count until the period starts.
     */
    public int currentCycle() {
        return switch (period.standing()) {
            case TRIAL -> 0;
            case PAID -> timesBilled - (pendingRenewal != null && pendingRenewal.paid() ? 1 : 0);
            case UNPAID -> timesBilled + 1;
        };
    }

    /** The day until which the customer has paid (or is on trial), or null when the current period is not paid. */
    public LocalDate paidThrough() {
        return period.standing() == Standing.UNPAID ? null : period.end();
    }

    /** What the next cycle will cost, with the coupon if it lasts that long. */
    public int nextCycle() {
        return timesBilled + 1;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Starting

    /**
     * A new membership: {@code trialing} when the plan gives this customer a trial, {@code pending} with its first
     * invoice when something is due, {@code active} at once when nothing is.
     */
    public static Transition start(Start s) {
        Currency currency = s.terms().listPrice().currency();
        LocalDate today = day(s.now());
        Money due = ChargeLine.sum(s.firstLines(), currency).max(Money.zero(currency));
        BillingPeriod billing = s.terms().billingPeriod();
        if (s.trialDays() > 0 && billing.recurs()) {
            Period trial = new Period(today, today.plusDays(s.trialDays()), Standing.TRIAL, Money.zero(currency));
            Membership m = new Membership(s.id(), s.reference(), s.customerId(), currency, s.now(),
                    MembershipStatus.TRIALING, s.terms(), s.coupon(), due, trial, 0, true, s.now(), null, null, null,
                    null, null, null, null);
            return new Transition(m, m, List.of());
        }
        Period period = new Period(today, billing.end(today).orElse(null), Standing.UNPAID, Money.zero(currency));
        Membership pending = new Membership(s.id(), s.reference(), s.customerId(), currency, s.now(),
                MembershipStatus.PENDING, s.terms(), s.coupon(), due, period, 0, billing.recurs(), null, null, null,
                null, null, null, null, null);
        UUID invoiceId = UUID.randomUUID();
        List<MembershipEvent> events = s.firstLines().isEmpty() ? List.of()
                : List.of(new ChargeDue(invoiceId, "initial", s.firstLines(), period.start(), period.end()));
        if (due.isPositive()) {
            Membership awaiting = pending.next().awaitedPayment(new AwaitedPayment(invoiceId, "initial", due,
                    ChargeLine.periodValue(s.firstLines(), currency), s.now())).build();
            return new Transition(awaiting, awaiting, events);
        }
        Membership active = pending.next().status(MembershipStatus.ACTIVE).timesBilled(1).activatedAt(s.now())
                .period(new Period(today, period.end(), Standing.PAID, Money.zero(currency))).build();
        return new Transition(active, active, events);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Payments

    /**
     * Billing says invoice {@code invoiceId} is paid: it activates a pending membership (its period starts today),
     * applies the pending change, or pays the next period, whichever awaited it. Anything else is not for this
     * membership's state now, and changes nothing.
     */
    public Transition paid(UUID invoiceId, Instant now) {
        if (awaitedPayment != null && awaits(awaitedPayment.invoiceId(), invoiceId)) {
            return activate(now);
        }
        if (pendingChange != null && invoiceId.equals(pendingChange.invoiceId())) {
            return applyPendingChange(now);
        }
        if (pendingRenewal != null && awaits(pendingRenewal.invoiceId(), invoiceId)) {
            return renewalPaid(now);
        }
        return Transition.none(this);
    }

    /** A charge recorded before charges named their invoice (migration V2) is settled by any payment of its kind. */
    private static boolean awaits(UUID awaited, UUID paid) {
        return awaited == null || awaited.equals(paid);
    }

    /** Billing says a payment of an invoice this membership awaits was declined: the page says so. */
    public Transition paymentFailed(UUID invoiceId, String reason, Instant now) {
        boolean awaited = awaitedPayment != null && awaits(awaitedPayment.invoiceId(), invoiceId)
                || pendingChange != null && invoiceId.equals(pendingChange.invoiceId())
                || pendingRenewal != null && awaits(pendingRenewal.invoiceId(), invoiceId);
        return awaited ? to(next().paymentFailure(new PaymentFailure(invoiceId, reason, now)).build())
                : Transition.none(this);
    }

    private Transition activate(Instant now) {
        LocalDate today = day(now);
        Period paid = new Period(today, terms.billingPeriod().end(today).orElse(null), Standing.PAID,
                awaitedPayment.periodValue());
        return to(next().status(MembershipStatus.ACTIVE).period(paid).timesBilled(timesBilled + 1).activatedAt(now)
                .awaitedPayment(null).paymentFailure(null).build());
    }

    private Transition renewalPaid(Instant now) {
        LocalDate today = day(now);
        PendingRenewal renewal = pendingRenewal;
        Builder paid = next().timesBilled(timesBilled + 1).paymentFailure(null);
        if ((status == MembershipStatus.ACTIVE || status == MembershipStatus.TRIALING)
                && today.isBefore(renewal.periodStart())) {
            return to(paid.pendingRenewal(renewal.paidAhead()).build());
        }
        Period next = status == MembershipStatus.EXPIRED
                ? new Period(today, terms.billingPeriod().end(today).orElse(null), Standing.PAID, renewal.periodValue())
                : new Period(renewal.periodStart(), renewalEnd(), Standing.PAID, renewal.periodValue());
        return to(paid.status(MembershipStatus.ACTIVE).period(next).pendingRenewal(null).build());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Changes

    /**
     * An upgrade or add-on purchase: with something due it waits for its invoice as the pending change (Stripe's
     * "pending if incomplete"), and nothing it grants applies before; with nothing due it applies now (its lines
     * still go to billing when there are any, so a credit larger than the charge reaches the account credit).
     *
     * @throws TransitionRefused when the status does not allow it, or another change awaits payment
     */
    public Transition requestChange(ChangeQuote quote, Instant now, Duration expiresAfter) {
        requireNoPendingChange();
        boolean upgrade = quote.kind() == ChangeKind.UPGRADE;
        if (!(upgrade ? MembershipStatus.UPGRADEABLE : MembershipStatus.RUNNING).contains(status)) {
            throw TransitionRefused.notNow("membership.refused.change", status);
        }
        Terms target = new Terms(quote.planId(), quote.addOns(), quote.newListPrice(), quote.billingPeriod(),
                quote.billingCycles());
        UUID invoiceId = UUID.randomUUID();
        Money periodValue = ChargeLine.periodValue(quote.lines(), currency);
        List<MembershipEvent> charge = quote.lines().isEmpty() ? List.of()
                : List.of(new ChargeDue(invoiceId, quote.kind().value(), quote.lines(), day(now), null));
        if (quote.amountDueNow().isPositive()) {
            PendingChange pending = new PendingChange(invoiceId, quote.kind(), target, quote.amountDueNow(),
                    periodValue, now, now.plus(expiresAfter));
            return to(next().pendingChange(pending).build(), charge);
        }
        Transition applied = changedTo(target, quote.kind(), periodValue, now);
        return new Transition(this, applied.after(), concat(charge, applied.events()));
    }

    private Transition applyPendingChange(Instant now) {
        PendingChange change = pendingChange;
        Membership cleared = next().pendingChange(null).paymentFailure(null).build();
        Transition applied = cleared.changedTo(change.terms(), change.kind(), change.periodValue(), now);
        return new Transition(this, applied.after(), applied.events());
    }

    /**
     * The new terms now. An upgrade restarts the period today, paid by what its invoice paid for it, supersedes a
     * scheduled downgrade and the next period's invoice, and brings back an on-hold or expired membership. An add-on
     * purchase adds to what the period was paid.
     */
    private Transition changedTo(Terms target, ChangeKind kind, Money periodValue, Instant now) {
        LocalDate today = day(now);
        List<MembershipEvent> events = new ArrayList<>();
        Builder changed = next().terms(target);
        if (kind == ChangeKind.UPGRADE) {
            changed.period(new Period(today, target.billingPeriod().end(today).orElse(null), Standing.PAID,
                    periodValue)).scheduledChange(null).blockedChange(null).status(MembershipStatus.ACTIVE);
            if (pendingRenewal != null) {
                events.add(new ChargeCancelled(pendingRenewal.invoiceId(), "superseded by an upgrade"));
                changed.pendingRenewal(null).timesBilled(timesBilled - (pendingRenewal.paid() ? 1 : 0));
            }
            if (status == MembershipStatus.TRIALING) {
                changed.timesBilled(timesBilled + 1); // the trial ends with the upgrade's payment: cycle 1
            }
        } else if (period.standing() == Standing.PAID) {
            changed.period(new Period(period.start(), period.end(), Standing.PAID, period.paid().plus(periodValue)));
        }
        events.add(new TermsChanged(kind));
        return to(changed.build(), events);
    }

    /** The customer drops the change awaiting payment; its invoice is cancelled. Nothing pending: nothing happens. */
    public Transition discardPendingChange(String reason) {
        if (pendingChange == null) {
            return Transition.none(this);
        }
        return to(next().pendingChange(null).paymentFailure(null).build(),
                List.of(new ChargeCancelled(pendingChange.invoiceId(), reason)));
    }

    /** A pending change unpaid past its expiry lapses (Stripe lets an incomplete payment lapse after 23 hours). */
    public Transition expirePendingChange(Instant now) {
        return pendingChange != null && !now.isBefore(pendingChange.expiresAt())
                ? discardPendingChange("unpaid in time") : Transition.none(this);
    }

    /**
     * A downgrade, for the period's end. The next period's invoice, if already asked for, is cancelled: it is asked
     * for again at the period's end, on the terms that take effect then.
     *
     * @throws TransitionRefused when the status does not allow it, a change awaits payment, or the next period is
     *                           already paid
     */
    public Transition scheduleChange(ChangeQuote quote) {
        requireNoPendingChange();
        if (!MembershipStatus.RUNNING.contains(status) || status == MembershipStatus.ON_HOLD || period.end() == null) {
            throw TransitionRefused.notNow("membership.refused.schedule", status);
        }
        if (pendingRenewal != null && pendingRenewal.paid()) {
            throw TransitionRefused.notNow("membership.refused.next-period-paid");
        }
        Builder scheduled = next().scheduledChange(new ScheduledChange(quote.planId(), quote.addOns(), period.end()))
                .blockedChange(null);
        List<MembershipEvent> events = new ArrayList<>();
        if (pendingRenewal != null) {
            events.add(new ChargeCancelled(pendingRenewal.invoiceId(), "the next period's plan changed"));
            scheduled.pendingRenewal(null);
        }
        return to(scheduled.build(), events);
    }

    /** The customer calls off the scheduled change. */
    public Transition cancelScheduledChange() {
        return scheduledChange == null ? Transition.none(this) : to(next().scheduledChange(null).build());
    }

    /**
     * The scheduled change falls due: it takes effect unless the site is over the new terms' limits
     * ({@code blocking} not empty), in which case it is dropped and the page says what blocked it.
     */
    public Transition applyScheduledChange(LocalDate today, Terms target, List<BlockingItem> blocking) {
        if (scheduledChange == null || scheduledChange.effectiveOn().isAfter(today)) {
            return Transition.none(this);
        }
        if (!blocking.isEmpty()) {
            return to(next().scheduledChange(null)
                    .blockedChange(new BlockedChange(scheduledChange.planId(), today, blocking)).build());
        }
        return to(next().terms(target).scheduledChange(null).blockedChange(null).build(),
                List.of(new TermsChanged(ChangeKind.DOWNGRADE)));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Time passing

    /**
     * Everything time does to the membership today, in order: unpaid purchases and changes lapse, a due scheduled
     * change takes effect (its terms and blocking items come from {@code scheduled}), the next period is invoiced
     * ahead of the end, the period ends (paid: the next one starts; unpaid: on hold; not renewing: expired), and an
     * on-hold or cancelled membership expires.
     */
    public Transition advance(Instant now, Policy policy, Charges charges,
                              Function<ScheduledChange, ScheduledOutcome> scheduled) {
        LocalDate today = day(now);
        return abandonIfUnpaid(now, policy.abandonPendingAfter())
                .then(m -> m.expirePendingChange(now))
                .then(m -> m.scheduledChange() == null || m.scheduledChange().effectiveOn().isAfter(today)
                        ? Transition.none(m) : applyScheduled(m, today, scheduled.apply(m.scheduledChange())))
                .then(m -> m.requestRenewal(today, policy.renewalInvoiceDaysBefore(), charges))
                .then(m -> m.endPeriod(today))
                .then(m -> m.expireAfterGrace(today, policy.graceDays()));
    }

    /** The terms a scheduled change would bring, and what the site would be over with them. */
    public record ScheduledOutcome(Terms terms, List<BlockingItem> blocking) {
    }

    private static Transition applyScheduled(Membership m, LocalDate today, ScheduledOutcome outcome) {
        return m.applyScheduledChange(today, outcome.terms(), outcome.blocking());
    }

    /** A pending membership whose first invoice stays unpaid past {@code after} is abandoned with its invoice. */
    public Transition abandonIfUnpaid(Instant now, Duration after) {
        if (status != MembershipStatus.PENDING || awaitedPayment == null
                || now.isBefore(awaitedPayment.since().plus(after))) {
            return Transition.none(this);
        }
        return to(next().status(MembershipStatus.CANCELLED).awaitedPayment(null).autoRenew(false)
                        .cancelled(new Cancelled(now, "unpaid")).build(),
                List.of(new ChargeCancelled(awaitedPayment.invoiceId(), "unpaid in time")));
    }

    /**
     * Asks for the next period's invoice {@code daysBefore} days ahead of the end: an active or trialing membership
     * that renews, has cycles left, and has no change scheduled (that one is invoiced at the end, once the change
     * has taken effect or been refused). A trial converts with the first cycle's charge.
     */
    public Transition requestRenewal(LocalDate today, int daysBefore, Charges charges) {
        boolean due = (status == MembershipStatus.ACTIVE || status == MembershipStatus.TRIALING)
                && period.end() != null && pendingRenewal == null && autoRenew && cyclesLeft()
                && scheduledChange == null && !today.isBefore(period.end().minusDays(daysBefore));
        if (!due) {
            return Transition.none(this);
        }
        List<ChargeLine> lines = timesBilled == 0 ? charges.first(terms, coupon)
                : charges.renewal(terms, coupon, nextCycle());
        LocalDate start = period.end();
        LocalDate end = terms.billingPeriod().end(start).orElse(null);
        UUID invoiceId = UUID.randomUUID();
        PendingRenewal renewal = new PendingRenewal(invoiceId, start, end, ChargeLine.periodValue(lines, currency),
                false);
        return to(next().pendingRenewal(renewal).build(),
                List.of(new ChargeDue(invoiceId, "renewal", lines, start, end)));
    }

    /**
     * The period ends: a paid next period starts (a trial converts); an unpaid one starts on hold (the site is
     * still served during the grace days); a membership that does not renew, or a cancelled one, expires.
     */
    public Transition endPeriod(LocalDate today) {
        if (period.end() == null || today.isBefore(period.end())) {
            return Transition.none(this);
        }
        if (status == MembershipStatus.CANCELLED) {
            return to(next().status(MembershipStatus.EXPIRED).build());
        }
        if (status != MembershipStatus.ACTIVE && status != MembershipStatus.TRIALING) {
            return Transition.none(this);
        }
        if (pendingRenewal == null) {
            return autoRenew && cyclesLeft() ? Transition.none(this)
                    : to(next().status(MembershipStatus.EXPIRED).build());
        }
        if (pendingRenewal.paid()) {
            return to(next().status(MembershipStatus.ACTIVE).pendingRenewal(null)
                    .period(new Period(pendingRenewal.periodStart(), renewalEnd(), Standing.PAID,
                            pendingRenewal.periodValue())).build());
        }
        return to(next().status(MembershipStatus.ON_HOLD).period(new Period(pendingRenewal.periodStart(),
                renewalEnd(), Standing.UNPAID, Money.zero(currency))).build());
    }

    /** On hold for {@code graceDays} since the unpaid period started: expired (the site is no longer served). */
    public Transition expireAfterGrace(LocalDate today, int graceDays) {
        if (status != MembershipStatus.ON_HOLD || today.isBefore(period.start().plusDays(graceDays))) {
            return Transition.none(this);
        }
        return to(next().status(MembershipStatus.EXPIRED).build());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Cancelling and resubscribing

    /**
     * Stops renewals; the site stays served until the end of a paid (or trial) period. A pending membership is
     * abandoned with its invoice. Charges still awaited (a pending change, the next period's invoice) are cancelled;
     * a next period paid ahead is refunded through the cancelled charge.
     *
     * @throws TransitionRefused for an expired or already cancelled membership
     */
    public Transition cancel(String reason, Instant now) {
        List<MembershipEvent> events = new ArrayList<>();
        Builder cancelled = next().status(MembershipStatus.CANCELLED).autoRenew(false)
                .cancelled(new Cancelled(now, reason)).scheduledChange(null).paymentFailure(null);
        if (status == MembershipStatus.PENDING) {
            if (awaitedPayment != null) {
                events.add(new ChargeCancelled(awaitedPayment.invoiceId(), "membership cancelled"));
            }
            return to(cancelled.awaitedPayment(null).build(), events);
        }
        if (!MembershipStatus.RUNNING.contains(status)) {
            throw TransitionRefused.notNow("membership.refused.cancel", status);
        }
        if (pendingChange != null) {
            events.add(new ChargeCancelled(pendingChange.invoiceId(), "membership cancelled"));
            cancelled.pendingChange(null);
        }
        if (pendingRenewal != null) {
            events.add(new ChargeCancelled(pendingRenewal.invoiceId(), "membership cancelled"));
            cancelled.pendingRenewal(null).timesBilled(timesBilled - (pendingRenewal.paid() ? 1 : 0));
        }
        return to(cancelled.build(), events);
    }

    /**
     * Turns renewals back on while a paid or trial period still runs; otherwise starts a new period as
     * {@code pending} with a new invoice (the first cycle's charge if nothing was ever billed), active once paid.
     * Never creates paid time.
     *
     * @throws TransitionRefused unless the membership is cancelled or expired
     */
    public Transition resubscribe(Instant now, Charges charges) {
        LocalDate today = day(now);
        if (status != MembershipStatus.CANCELLED && status != MembershipStatus.EXPIRED) {
            throw TransitionRefused.notNow("membership.refused.resubscribe");
        }
        boolean running = status == MembershipStatus.CANCELLED && period.standing() != Standing.UNPAID
                && (period.end() == null || today.isBefore(period.end()));
        if (running) {
            MembershipStatus back = period.standing() == Standing.TRIAL ? MembershipStatus.TRIALING
                    : MembershipStatus.ACTIVE;
            return to(next().status(back).autoRenew(terms.billingPeriod().recurs()).cancelled(null).build());
        }
        List<ChargeLine> lines = timesBilled == 0 ? charges.first(terms, coupon)
                : charges.renewal(terms, coupon, nextCycle());
        List<MembershipEvent> events = new ArrayList<>();
        Builder pending = next().status(MembershipStatus.PENDING).autoRenew(terms.billingPeriod().recurs())
                .cancelled(null).paymentFailure(null).pendingRenewal(null).pendingChange(null)
                .period(new Period(today, terms.billingPeriod().end(today).orElse(null), Standing.UNPAID,
                        Money.zero(currency)));
        if (pendingRenewal != null) {
            events.add(new ChargeCancelled(pendingRenewal.invoiceId(), "superseded by a resubscription"));
        }
        if (pendingChange != null) {
            events.add(new ChargeCancelled(pendingChange.invoiceId(), "superseded by a resubscription"));
        }
        UUID invoiceId = UUID.randomUUID();
        String kind = timesBilled == 0 ? "initial" : "renewal";
        events.add(new ChargeDue(invoiceId, kind, lines, today, terms.billingPeriod().end(today).orElse(null)));
        Money due = ChargeLine.sum(lines, currency);
        if (!due.isPositive()) {
            return to(pending.status(MembershipStatus.ACTIVE).timesBilled(timesBilled + 1).activatedAt(now)
                    .period(new Period(today, terms.billingPeriod().end(today).orElse(null), Standing.PAID,
                            Money.zero(currency))).build(), events);
        }
        return to(pending.awaitedPayment(new AwaitedPayment(invoiceId, kind, due,
                ChargeLine.periodValue(lines, currency), now)).build(), events);
    }

    // ---------------------------------------------------------------------------------------------------------

    /** The end of the period the pending renewal pays for (recorded before V2 without one: from the terms). */
    private LocalDate renewalEnd() {
        return pendingRenewal.periodEnd() != null ? pendingRenewal.periodEnd()
                : terms.billingPeriod().end(pendingRenewal.periodStart()).orElse(null);
    }

    private boolean cyclesLeft() {
        return terms.billingCycles() == 0 || timesBilled < terms.billingCycles();
    }

    private void requireNoPendingChange() {
        if (pendingChange != null) {
            throw new TransitionRefused(TransitionRefused.Reason.CHANGE_PENDING,
                    "membership.refused.change-pending");
        }
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    private static List<MembershipEvent> concat(List<MembershipEvent> a, List<MembershipEvent> b) {
        List<MembershipEvent> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** To {@code after}, announcing a status change if there is one, then {@code events}. */
    private Transition to(Membership after, List<MembershipEvent> events) {
        List<MembershipEvent> all = new ArrayList<>();
        if (after.status() != status) {
            all.add(new StatusChanged(status, after.status()));
        }
        all.addAll(events);
        return new Transition(this, after, all);
    }

    private Transition to(Membership after) {
        return to(after, List.of());
    }

    private Builder next() {
        return new Builder(this);
    }

    /** The one place a membership is rebuilt: a copy with the fields a transition changes. */
    private static final class Builder {
        private final Membership m;
        private MembershipStatus status;
        private Terms terms;
        private Period period;
        private int timesBilled;
        private boolean autoRenew;
        private Instant activatedAt;
        private AwaitedPayment awaitedPayment;
        private PendingChange pendingChange;
        private ScheduledChange scheduledChange;
        private PendingRenewal pendingRenewal;
        private BlockedChange blockedChange;
        private PaymentFailure paymentFailure;
        private Cancelled cancelled;

        Builder(Membership m) {
            this.m = m;
            status = m.status;
            terms = m.terms;
            period = m.period;
            timesBilled = m.timesBilled;
            autoRenew = m.autoRenew;
            activatedAt = m.activatedAt;
            awaitedPayment = m.awaitedPayment;
            pendingChange = m.pendingChange;
            scheduledChange = m.scheduledChange;
            pendingRenewal = m.pendingRenewal;
            blockedChange = m.blockedChange;
            paymentFailure = m.paymentFailure;
            cancelled = m.cancelled;
        }

        Builder status(MembershipStatus value) {
            status = value;
            return this;
        }

        Builder terms(Terms value) {
            terms = value;
            return this;
        }

        Builder period(Period value) {
            period = value;
            return this;
        }

        Builder timesBilled(int value) {
            timesBilled = value;
            return this;
        }

        Builder autoRenew(boolean value) {
            autoRenew = value;
            return this;
        }

        Builder activatedAt(Instant value) {
            activatedAt = value;
            return this;
        }

        Builder awaitedPayment(AwaitedPayment value) {
            awaitedPayment = value;
            return this;
        }

        Builder pendingChange(PendingChange value) {
            pendingChange = value;
            return this;
        }

        Builder scheduledChange(ScheduledChange value) {
            scheduledChange = value;
            return this;
        }

        Builder pendingRenewal(PendingRenewal value) {
            pendingRenewal = value;
            return this;
        }

        Builder blockedChange(BlockedChange value) {
            blockedChange = value;
            return this;
        }

        Builder paymentFailure(PaymentFailure value) {
            paymentFailure = value;
            return this;
        }

        Builder cancelled(Cancelled value) {
            cancelled = value;
            return this;
        }

        Membership build() {
            return new Membership(m.id, m.reference, m.customerId, m.currency, m.createdAt, status, terms, m.coupon,
                    m.initialAmount, period, timesBilled, autoRenew, activatedAt, awaitedPayment, pendingChange,
                    scheduledChange, pendingRenewal, blockedChange, paymentFailure, cancelled);
        }
    }
}
