package io.accountsuite.membership.memberships;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.accountsuite.membership.catalog.Product;
import io.accountsuite.membership.memberships.Membership.Standing;
import io.accountsuite.membership.memberships.MembershipEvent.ChargeCancelled;
import io.accountsuite.membership.memberships.MembershipEvent.ChargeDue;
import io.accountsuite.membership.memberships.MembershipEvent.StatusChanged;
import io.accountsuite.membership.memberships.MembershipEvent.TermsChanged;
import io.accountsuite.membership.money.Money;
import io.accountsuite.membership.usage.SiteUsage;
import org.junit.jupiter.api.Test;

import static io.accountsuite.membership.memberships.Catalogs.BASIC;
import static io.accountsuite.membership.memberships.Catalogs.CHARGES;
import static io.accountsuite.membership.memberships.Catalogs.EXTRA_POSTS;
import static io.accountsuite.membership.memberships.Catalogs.PRO;
import static io.accountsuite.membership.memberships.Catalogs.PRODUCTS;
import static io.accountsuite.membership.memberships.Catalogs.noon;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every row of the membership transition table (README "Membership states"), one test each. */
class MembershipTransitionsTest {

    private static final LocalDate JUNE_1 = LocalDate.of(2027, 6, 1);
    private static final Membership.Policy POLICY = new Membership.Policy(7, 3, Duration.ofDays(7),
            Duration.ofHours(23));

    // --- start -----------------------------------------------------------------------------------------------

    @Test
    void start_with_something_due_is_pending_and_asks_for_its_first_invoice() {
        Transition started = Membership.start(new Membership.Start(UUID.randomUUID(), "ABCDE12345",
                UUID.randomUUID(), Catalogs.terms(PRO, Map.of()), null,
                Pricing.initialLines(PRO, Map.of(), PRODUCTS, null), 0,
                noon(JUNE_1)));
        Membership m = started.after();
        assertThat(m.status()).isEqualTo(MembershipStatus.PENDING);
        assertThat(m.timesBilled()).isZero();
        assertThat(m.period().standing()).isEqualTo(Standing.UNPAID);
        assertThat(m.awaitedPayment().amountDue()).isEqualTo(usd("50.00")); // 30.00 plan + 20.00 setup fee
        assertThat(m.awaitedPayment().periodValue()).isEqualTo(usd("30.00"));
        assertThat(started.events()).singleElement().isInstanceOfSatisfying(ChargeDue.class, due -> {
            assertThat(due.invoiceId()).isEqualTo(m.awaitedPayment().invoiceId());
            assertThat(due.kind()).isEqualTo("initial");
        });
        assertThat(m.paidThrough()).isNull();
    }

    @Test
    void start_with_nothing_due_is_active_at_once() {
        Transition started = Membership.start(new Membership.Start(UUID.randomUUID(), "ABCDE12345",
                UUID.randomUUID(), Catalogs.terms(BASIC, Map.of()), null, List.of(), 0, noon(JUNE_1)));
        assertThat(started.after().status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(started.after().timesBilled()).isEqualTo(1);
        assertThat(started.events()).isEmpty();
    }

    @Test
    void start_with_a_trial_is_trialing_and_charges_nothing() {
        Membership trial = Catalogs.trialing(PRO, JUNE_1, 14);
        assertThat(trial.status()).isEqualTo(MembershipStatus.TRIALING);
        assertThat(trial.period().end()).isEqualTo(LocalDate.of(2027, 6, 15));
        assertThat(trial.period().standing()).isEqualTo(Standing.TRIAL);
        assertThat(trial.paidThrough()).isEqualTo(LocalDate.of(2027, 6, 15));
        assertThat(trial.awaitedPayment()).isNull();
    }

    // --- payments --------------------------------------------------------------------------------------------

    @Test
    void activate_pending_when_its_first_invoice_is_paid_with_the_period_from_the_payment_day() {
        Membership pending = Catalogs.pending(PRO, Map.of(), JUNE_1, null);
        Transition paid = pending.paid(pending.awaitedPayment().invoiceId(), noon(LocalDate.of(2027, 6, 3)));
        Membership m = paid.after();
        assertThat(m.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(m.timesBilled()).isEqualTo(1);
        assertThat(m.period().start()).isEqualTo(LocalDate.of(2027, 6, 3));
        assertThat(m.period().end()).isEqualTo(LocalDate.of(2027, 7, 3));
        assertThat(m.period().paid()).isEqualTo(usd("30.00"));
        assertThat(paid.events()).containsExactly(new StatusChanged(MembershipStatus.PENDING, MembershipStatus.ACTIVE));
    }

    @Test
    void a_payment_of_an_invoice_the_membership_does_not_await_changes_nothing() {
        Membership pending = Catalogs.pending(PRO, Map.of(), JUNE_1, null);
        Transition paid = pending.paid(UUID.randomUUID(), noon(JUNE_1));
        assertThat(paid.changed()).isFalse();
        assertThat(paid.events()).isEmpty();
    }

    @Test
    void payment_failed_of_an_awaited_invoice_is_recorded_for_the_page() {
        Membership pending = Catalogs.pending(PRO, Map.of(), JUNE_1, null);
        UUID invoice = pending.awaitedPayment().invoiceId();
        Membership failed = pending.paymentFailed(invoice, "the card was declined", noon(JUNE_1)).after();
        assertThat(failed.paymentFailure().invoiceId()).isEqualTo(invoice);
        assertThat(failed.status()).isEqualTo(MembershipStatus.PENDING);
        assertThat(failed.paid(invoice, noon(JUNE_1)).after().paymentFailure()).isNull();
        assertThat(pending.paymentFailed(UUID.randomUUID(), "x", noon(JUNE_1)).changed()).isFalse();
    }

    // --- pending purchases -----------------------------------------------------------------------------------

    @Test
    void abandon_a_pending_membership_unpaid_for_the_configured_time_with_its_invoice() {
        Membership pending = Catalogs.pending(PRO, Map.of(), JUNE_1, null);
        assertThat(pending.abandonIfUnpaid(noon(JUNE_1.plusDays(6)), Duration.ofDays(7)).changed()).isFalse();
        Transition abandoned = pending.abandonIfUnpaid(noon(JUNE_1.plusDays(7)), Duration.ofDays(7));
        assertThat(abandoned.after().status()).isEqualTo(MembershipStatus.CANCELLED);
        assertThat(abandoned.events()).contains(new ChargeCancelled(pending.awaitedPayment().invoiceId(),
                "unpaid in time"));
    }

    @Test
    void cancel_a_pending_membership_abandons_it_with_its_invoice() {
        Membership pending = Catalogs.pending(PRO, Map.of(), JUNE_1, null);
        Transition cancelled = pending.cancel("other: changed my mind", noon(JUNE_1));
        assertThat(cancelled.after().status()).isEqualTo(MembershipStatus.CANCELLED);
        assertThat(cancelled.after().paidThrough()).as("nothing was paid").isNull();
        assertThat(cancelled.events()).contains(new ChargeCancelled(pending.awaitedPayment().invoiceId(),
                "membership cancelled"));
    }

    // --- changes ---------------------------------------------------------------------------------------------

    @Test
    void request_change_with_an_amount_due_waits_for_its_invoice_and_grants_nothing_yet() {
        Membership basic = Catalogs.active(BASIC, Map.of(), JUNE_1, null);
        Transition requested = basic.requestChange(quote(basic, PRO, Map.of(), JUNE_1), noon(JUNE_1),
                Duration.ofHours(23));
        Membership m = requested.after();
        assertThat(m.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(m.planId()).as("still Basic until paid").isEqualTo(BASIC.id());
        assertThat(m.pendingChange().amountDue()).isEqualTo(usd("35.00")); // 30 + 20 − 10 unused − 5 setup paid
        assertThat(requested.events()).singleElement().isInstanceOf(ChargeDue.class);
        assertThat(requested.events()).noneMatch(e -> e instanceof TermsChanged);
    }

    @Test
    void request_change_while_another_awaits_payment_is_refused() {
        Membership basic = Catalogs.active(BASIC, Map.of(), JUNE_1, null);
        Membership waiting = basic.requestChange(quote(basic, PRO, Map.of(), JUNE_1), noon(JUNE_1),
                Duration.ofHours(23)).after();
        assertThatThrownBy(() -> waiting.requestChange(quote(waiting, BASIC, Map.of(EXTRA_POSTS.id(), 1), JUNE_1),
                noon(JUNE_1), Duration.ofHours(23)))
                .isInstanceOfSatisfying(TransitionRefused.class, refused ->
                        assertThat(refused.reason()).isEqualTo(TransitionRefused.Reason.CHANGE_PENDING));
    }

    @Test
    void request_change_with_nothing_due_applies_at_once() {
        Membership basic = Catalogs.active(BASIC, Map.of(), JUNE_1, null);
        ChangeQuote free = new ChangeQuote(ChangeKind.ADD_ON_PURCHASE, BASIC.id(),
                Map.of(EXTRA_POSTS.id(), 1), List.of(), usd("0.00"), usd("12.00"), usd("12.00"), BASIC.period(), 0,
                null, List.of(), JUNE_1);
        Transition applied = basic.requestChange(free, noon(JUNE_1), Duration.ofHours(23));
        assertThat(applied.after().addOns()).containsEntry(EXTRA_POSTS.id(), 1);
        assertThat(applied.events()).containsExactly(new TermsChanged(
                ChangeKind.ADD_ON_PURCHASE));
    }

    @Test
    void apply_pending_change_when_its_invoice_is_paid_restarting_the_period_for_an_upgrade() {
        Membership basic = Catalogs.active(BASIC, Map.of(), JUNE_1, null);
        Membership waiting = basic.requestChange(quote(basic, PRO, Map.of(), JUNE_1), noon(JUNE_1),
                Duration.ofHours(23)).after();
        Transition paid = waiting.paid(waiting.pendingChange().invoiceId(), noon(LocalDate.of(2027, 6, 2)));
        Membership pro = paid.after();
        assertThat(pro.planId()).isEqualTo(PRO.id());
        assertThat(pro.pendingChange()).isNull();
        assertThat(pro.period().start()).isEqualTo(LocalDate.of(2027, 6, 2));
        assertThat(pro.period().paid()).isEqualTo(usd("30.00"));
        assertThat(paid.events()).containsExactly(new TermsChanged(ChangeKind.UPGRADE));
    }

    @Test
    void discard_pending_change_cancels_its_invoice_and_keeps_the_terms() {
        Membership basic = Catalogs.active(BASIC, Map.of(), JUNE_1, null);
        Membership waiting = basic.requestChange(quote(basic, PRO, Map.of(), JUNE_1), noon(JUNE_1),
                Duration.ofHours(23)).after();
        Transition discarded = waiting.discardPendingChange("discarded by the customer");
        assertThat(discarded.after().pendingChange()).isNull();
        assertThat(discarded.after().planId()).isEqualTo(BASIC.id());
        assertThat(discarded.events()).containsExactly(new ChargeCancelled(waiting.pendingChange().invoiceId(),
                "discarded by the customer"));
        assertThat(discarded.after().paid(waiting.pendingChange().invoiceId(), noon(JUNE_1)).changed())
                .as("paying the discarded invoice grants nothing").isFalse();
    }

    @Test
    void expire_pending_change_unpaid_for_23_hours() {
        Membership basic = Catalogs.active(BASIC, Map.of(), JUNE_1, null);
        Membership waiting = basic.requestChange(quote(basic, PRO, Map.of(), JUNE_1), noon(JUNE_1),
                Duration.ofHours(23)).after();
        assertThat(waiting.expirePendingChange(noon(JUNE_1).plus(Duration.ofHours(22))).changed()).isFalse();
        Transition expired = waiting.expirePendingChange(noon(JUNE_1).plus(Duration.ofHours(23)));
        assertThat(expired.after().pendingChange()).isNull();
        assertThat(expired.events()).singleElement().isInstanceOf(ChargeCancelled.class);
    }

    @Test
    void schedule_change_for_the_period_end_and_cancel_an_unpaid_next_period_invoice() {
        Membership pro = Catalogs.active(PRO, Map.of(), JUNE_1, null);
        Membership invoiced = pro.requestRenewal(LocalDate.of(2027, 6, 28), 3, CHARGES).after();
        Transition scheduled = invoiced.scheduleChange(quote(invoiced, BASIC, Map.of(), LocalDate.of(2027, 6, 28)));
        assertThat(scheduled.after().scheduledChange().effectiveOn()).isEqualTo(LocalDate.of(2027, 7, 1));
        assertThat(scheduled.after().pendingRenewal()).isNull();
        assertThat(scheduled.events()).singleElement().isInstanceOf(ChargeCancelled.class);
    }

    @Test
    void schedule_change_when_the_next_period_is_already_paid_is_refused() {
        Membership pro = Catalogs.active(PRO, Map.of(), JUNE_1, null);
        Membership invoiced = pro.requestRenewal(LocalDate.of(2027, 6, 28), 3, CHARGES).after();
        Membership paidAhead = invoiced.paid(invoiced.pendingRenewal().invoiceId(), noon(LocalDate.of(2027, 6, 28)))
                .after();
        assertThat(paidAhead.pendingRenewal().paid()).isTrue();
        assertThatThrownBy(() -> paidAhead.scheduleChange(quote(paidAhead, BASIC, Map.of(),
                LocalDate.of(2027, 6, 28)))).isInstanceOf(TransitionRefused.class);
    }

    @Test
    void apply_scheduled_change_at_the_period_end_or_drop_it_naming_what_blocks_it() {
        Membership pro = Catalogs.active(PRO, Map.of(), JUNE_1, null);
        Membership scheduled = pro.scheduleChange(quote(pro, BASIC, Map.of(), JUNE_1)).after();
        LocalDate end = LocalDate.of(2027, 7, 1);

        Transition applied = scheduled.applyScheduledChange(end, Catalogs.terms(BASIC, Map.of()), List.of());
        assertThat(applied.after().planId()).isEqualTo(BASIC.id());
        assertThat(applied.events()).containsExactly(new TermsChanged(
                ChangeKind.DOWNGRADE));

        List<BlockingItem> over = List.of(new BlockingItem("posts", 40, 10, 30));
        Transition blocked = scheduled.applyScheduledChange(end, Catalogs.terms(BASIC, Map.of()), over);
        assertThat(blocked.after().planId()).isEqualTo(PRO.id());
        assertThat(blocked.after().scheduledChange()).isNull();
        assertThat(blocked.after().blockedChange().blocking()).isEqualTo(over);
        assertThat(blocked.events()).isEmpty();
    }

    // --- time passing ----------------------------------------------------------------------------------------

    @Test
    void request_renewal_the_configured_days_before_the_end_with_the_coupon_while_it_lasts() {
        Coupon twoCycles = new Coupon("TWO", Coupon.Kind.PERCENT, BigDecimal.TEN, Coupon.Duration.REPEATING, 2);
        Membership basic = Catalogs.active(BASIC, Map.of(), JUNE_1, twoCycles);
        assertThat(basic.requestRenewal(LocalDate.of(2027, 6, 27), 3, CHARGES).changed()).isFalse();
        Transition renewal = basic.requestRenewal(LocalDate.of(2027, 6, 28), 3, CHARGES);
        assertThat(renewal.after().pendingRenewal().periodStart()).isEqualTo(LocalDate.of(2027, 7, 1));
        assertThat(renewal.events()).singleElement().isInstanceOfSatisfying(ChargeDue.class, due ->
                assertThat(due.lines()).anyMatch(l -> l.type().equals("discount"))); // cycle 2 of 2
    }

    @Test
    void renewal_paid_ahead_starts_the_next_period_at_the_end() {
        Membership basic = Catalogs.active(BASIC, Map.of(), JUNE_1, null);
        Membership invoiced = basic.requestRenewal(LocalDate.of(2027, 6, 28), 3, CHARGES).after();
        Membership paid = invoiced.paid(invoiced.pendingRenewal().invoiceId(), noon(LocalDate.of(2027, 6, 29)))
                .after();
        assertThat(paid.timesBilled()).isEqualTo(2);
        assertThat(paid.currentCycle()).as("the paid cycle has not started yet").isEqualTo(1);
        Membership next = paid.endPeriod(LocalDate.of(2027, 7, 1)).after();
        assertThat(next.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(next.period().start()).isEqualTo(LocalDate.of(2027, 7, 1));
        assertThat(next.period().end()).isEqualTo(LocalDate.of(2027, 8, 1));
        assertThat(next.period().paid()).isEqualTo(usd("10.00"));
    }

    @Test
    void end_period_unpaid_puts_it_on_hold_and_the_late_payment_brings_it_back() {
        Membership basic = Catalogs.active(BASIC, Map.of(), JUNE_1, null);
        Transition onHold = basic.advance(noon(LocalDate.of(2027, 7, 1)), POLICY, CHARGES, change -> null);
        Membership held = onHold.after();
        assertThat(held.status()).isEqualTo(MembershipStatus.ON_HOLD);
        assertThat(held.period().standing()).isEqualTo(Standing.UNPAID);
        assertThat(held.paidThrough()).isNull();
        Membership back = held.paid(held.pendingRenewal().invoiceId(), noon(LocalDate.of(2027, 7, 4))).after();
        assertThat(back.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(back.period().start()).isEqualTo(LocalDate.of(2027, 7, 1));
        assertThat(back.timesBilled()).isEqualTo(2);
    }

    @Test
    void expire_after_grace_when_on_hold_and_a_paid_renewal_then_reactivates_from_the_payment() {
        Membership basic = Catalogs.active(BASIC, Map.of(), JUNE_1, null);
        Membership held = basic.advance(noon(LocalDate.of(2027, 7, 1)), POLICY, CHARGES, change -> null).after();
        assertThat(held.expireAfterGrace(LocalDate.of(2027, 7, 7), 7).changed()).isFalse();
        Membership expired = held.expireAfterGrace(LocalDate.of(2027, 7, 8), 7).after();
        assertThat(expired.status()).isEqualTo(MembershipStatus.EXPIRED);
        Membership back = expired.paid(expired.pendingRenewal().invoiceId(), noon(LocalDate.of(2027, 7, 20))).after();
        assertThat(back.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(back.period().start()).isEqualTo(LocalDate.of(2027, 7, 20));
    }

    @Test
    void end_period_of_a_membership_that_does_not_renew_expires_it() {
        Membership basic = Catalogs.active(BASIC, Map.of(), JUNE_1, null);
        Membership cancelled = basic.cancel("not-using", noon(JUNE_1)).after();
        assertThat(cancelled.endPeriod(LocalDate.of(2027, 6, 30)).changed()).isFalse();
        assertThat(cancelled.endPeriod(LocalDate.of(2027, 7, 1)).after().status())
                .isEqualTo(MembershipStatus.EXPIRED);
    }

    @Test
    void end_period_of_a_trial_converts_once_the_first_cycle_is_paid() {
        Membership trial = Catalogs.trialing(PRO, JUNE_1, 14);
        Transition invoiced = trial.requestRenewal(LocalDate.of(2027, 6, 12), 3, CHARGES);
        assertThat(invoiced.events()).singleElement().isInstanceOfSatisfying(ChargeDue.class, due ->
                assertThat(due.lines()).anyMatch(l -> l.type().equals("fee"))); // the first cycle, setup fee and all
        Membership paid = invoiced.after().paid(invoiced.after().pendingRenewal().invoiceId(),
                noon(LocalDate.of(2027, 6, 13))).after();
        Membership converted = paid.endPeriod(LocalDate.of(2027, 6, 15)).after();
        assertThat(converted.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(converted.timesBilled()).isEqualTo(1);
        assertThat(converted.period().standing()).isEqualTo(Standing.PAID);
    }

    // --- cancel and resubscribe ------------------------------------------------------------------------------

    @Test
    void cancel_a_running_membership_keeps_its_paid_period_and_cancels_awaited_charges() {
        Membership basic = Catalogs.active(BASIC, Map.of(), JUNE_1, null);
        Membership invoiced = basic.requestRenewal(LocalDate.of(2027, 6, 28), 3, CHARGES).after();
        Transition cancelled = invoiced.cancel("too-expensive", noon(LocalDate.of(2027, 6, 28)));
        assertThat(cancelled.after().status()).isEqualTo(MembershipStatus.CANCELLED);
        assertThat(cancelled.after().autoRenew()).isFalse();
        assertThat(cancelled.after().paidThrough()).isEqualTo(LocalDate.of(2027, 7, 1));
        assertThat(cancelled.events()).contains(new ChargeCancelled(invoiced.pendingRenewal().invoiceId(),
                "membership cancelled"));
    }

    @Test
    void cancel_an_expired_membership_is_refused() {
        Membership expired = Catalogs.active(BASIC, Map.of(), JUNE_1, null)
                .advance(noon(LocalDate.of(2027, 7, 20)), POLICY, CHARGES, change -> null).after();
        assertThat(expired.status()).isEqualTo(MembershipStatus.EXPIRED);
        assertThatThrownBy(() -> expired.cancel("other: x", noon(JUNE_1))).isInstanceOf(TransitionRefused.class);
    }

    @Test
    void resubscribe_while_the_paid_period_runs_only_turns_renewals_back_on() {
        Membership cancelled = Catalogs.active(BASIC, Map.of(), JUNE_1, null).cancel("not-using", noon(JUNE_1))
                .after();
        Transition back = cancelled.resubscribe(noon(LocalDate.of(2027, 6, 10)), CHARGES);
        assertThat(back.after().status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(back.after().autoRenew()).isTrue();
        assertThat(back.events()).noneMatch(e -> e instanceof ChargeDue);
    }

    @Test
    void resubscribe_after_a_pending_cancel_is_pending_again_with_a_new_first_invoice() {
        // Issue case 1: Pro bought, not paid, cancelled, resubscribed: still pending, times billed 0, 50.00 due.
        Membership pending = Catalogs.pending(PRO, Map.of(), JUNE_1, null);
        Membership cancelled = pending.cancel("other: x", noon(JUNE_1)).after();
        Transition back = cancelled.resubscribe(noon(JUNE_1), CHARGES);
        assertThat(back.after().status()).isEqualTo(MembershipStatus.PENDING);
        assertThat(back.after().timesBilled()).isZero();
        assertThat(back.after().awaitedPayment().amountDue()).isEqualTo(usd("50.00"));
        assertThat(back.after().awaitedPayment().invoiceId()).isNotEqualTo(pending.awaitedPayment().invoiceId());
        assertThat(back.after().paidThrough()).isNull();
    }

    @Test
    void resubscribe_an_expired_membership_is_pending_until_its_renewal_invoice_is_paid() {
        // Issue case 4: an expired membership is not active at once when it resubscribes.
        Membership expired = Catalogs.active(BASIC, Map.of(), JUNE_1, null)
                .advance(noon(LocalDate.of(2027, 7, 20)), POLICY, CHARGES, change -> null).after();
        Transition back = expired.resubscribe(noon(LocalDate.of(2027, 7, 21)), CHARGES);
        assertThat(back.after().status()).isEqualTo(MembershipStatus.PENDING);
        assertThat(back.events()).anyMatch(e -> e instanceof ChargeCancelled) // the old renewal invoice
                .anyMatch(e -> e instanceof ChargeDue due && due.kind().equals("renewal"));
        Membership paid = back.after().paid(back.after().awaitedPayment().invoiceId(),
                noon(LocalDate.of(2027, 7, 22))).after();
        assertThat(paid.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(paid.timesBilled()).isEqualTo(2);
    }

    @Test
    void resubscribe_an_active_membership_is_refused() {
        Membership basic = Catalogs.active(BASIC, Map.of(), JUNE_1, null);
        assertThatThrownBy(() -> basic.resubscribe(noon(JUNE_1), CHARGES)).isInstanceOf(TransitionRefused.class);
    }

    // ---------------------------------------------------------------------------------------------------------

    private static ChangeQuote quote(Membership m, Product plan,
                                     Map<UUID, Integer> addOns, LocalDate today) {
        return ChangeQuote.of(m, plan, addOns, PRODUCTS, SiteUsage.none(), today);
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }
}
