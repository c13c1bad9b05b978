package io.accountsuite.membership.memberships;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import io.accountsuite.membership.catalog.Product;
import io.accountsuite.membership.memberships.Membership.Standing;
import io.accountsuite.membership.memberships.MembershipEvent.ChargeCancelled;
import io.accountsuite.membership.memberships.MembershipEvent.ChargeDue;
import io.accountsuite.membership.memberships.MembershipEvent.TermsChanged;
import io.accountsuite.membership.money.Money;
import io.accountsuite.membership.usage.SiteUsage;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import net.jqwik.api.statistics.Statistics;

import static io.accountsuite.membership.memberships.Catalogs.BASIC;
import static io.accountsuite.membership.memberships.Catalogs.CHARGES;
import static io.accountsuite.membership.memberships.Catalogs.EXTRA_POSTS;
import static io.accountsuite.membership.memberships.Catalogs.PRO;
import static io.accountsuite.membership.memberships.Catalogs.PRODUCTS;
import static io.accountsuite.membership.memberships.Catalogs.SETUP_HELP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random sequences of what customers, admins and time do to a membership (buy, change, discard, cancel, resubscribe,
 * pay, decline, refund, days passing), against a model of billing's ledger that issues, cancels and refunds invoices
 * as billing-service does. After every step: (1) what is granted was paid for, is a trial, or is free; (2) no credit
 * exceeds what was paid; (3) every charge is on exactly one invoice, and the ledger's completed invoices minus refunds
 * equal the payments minus refunds; (4) no membership is active with an unpaid period, or on hold past its grace.
 */
class MembershipPaymentsProperties {

    private static final int GRACE_DAYS = 7;
    private static final Membership.Policy POLICY = new Membership.Policy(GRACE_DAYS, 3, Duration.ofDays(7),
            Duration.ofHours(23));
    private static final Currency USD = new Currency();

    @Property(tries = 1000)
    void payments_drive_memberships(@ForAll("journeys") ActionChain<World> chain) {
        chain.withInvariant("standing matches what was paid", World::check).run();
        int steps = chain.transformations().size();
        Statistics.label("steps per sequence").collect(steps < 10 ? "under 10" : steps < 25 ? "10-24" : "25-40");
    }

    @Provide
    Arbitrary<ActionChain<World>> journeys() {
        return ActionChain.<World>startWith(World::new)
                .withAction(1, new Buy())
                .withAction(3, new Change())
                .withAction(1, Action.just(Transformer.mutate("discard", w -> w.act(m ->
                        m.discardPendingChange("discarded"), null))))
                .withAction(1, Action.just(Transformer.mutate("cancel", w -> w.act(m ->
                        m.cancel("other: test", w.now), null))))
                .withAction(1, Action.just(Transformer.mutate("resubscribe", w -> w.act(m ->
                        m.resubscribe(w.now, CHARGES), null))))
                .withAction(4, new Pay(true))
                .withAction(1, new Pay(false))
                .withAction(1, new Refund())
                .withAction(3, new DaysPass())
                .withMaxTransformations(40);
    }

    /** The membership under test, the clock, and billing's ledger as a model. */
    static final class World {
        Membership membership;
        Instant now = Instant.parse("2027-03-01T09:00:00Z");
        final Map<UUID, Invoice> invoices = new LinkedHashMap<>();
        Money credit = USD.zero();
        Money payments = USD.zero();
        Money refunds = USD.zero();
        final List<String> violations = new ArrayList<>();

        LocalDate today() {
            return LocalDate.ofInstant(now, ZoneOffset.UTC);
        }

        /**
         * Runs a transition of the membership (a refused one changes nothing) and passes its events to the ledger;
         * {@code paidInvoice} is the invoice whose payment this step is, if any.
         */
        void act(Function<Membership, Transition> step, UUID paidInvoice) {
            if (membership == null) {
                return;
            }
            Transition t;
            try {
                t = step.apply(membership);
            } catch (TransitionRefused refused) {
                return;
            }
            record(t, paidInvoice, null);
        }

        void record(Transition t, UUID paidInvoice, ChangeQuote quote) {
            Membership before = t.before();
            membership = t.after();
            List<UUID> settledAtOnce = new ArrayList<>();
            for (MembershipEvent event : t.events()) {
                if (event instanceof ChargeDue due) {
                    if (issue(due)) {
                        settledAtOnce.add(due.invoiceId());
                    }
                    checkCredits(before, due);
                } else if (event instanceof ChargeCancelled cancelled) {
                    drop(cancelled.invoiceId());
                } else if (event instanceof TermsChanged changed && changed.kind() != ChangeKind.DOWNGRADE) {
                    boolean paidFor = paidInvoice != null && before.pendingChange() != null
                            && paidInvoice.equals(before.pendingChange().invoiceId());
                    boolean free = quote != null && !quote.amountDueNow().isPositive();
                    if (!paidFor && !free) {
                        violations.add("granted " + changed.kind() + " without its payment");
                    }
                }
            }
            // Billing completes an invoice with nothing due at once and announces it as paid.
            for (UUID invoice : settledAtOnce) {
                record(membership.paid(invoice, now), invoice, null);
            }
        }

        /** (2) An upgrade's credit for unused time never exceeds what the current period was paid. */
        private void checkCredits(Membership before, ChargeDue due) {
            Money credited = USD.sum(due.lines().stream()
                    .filter(l -> l.description().startsWith("Unused time")).toList()).negate();
            Money paid = before.period().standing() == Standing.PAID ? before.period().paid() : USD.zero();
            if (credited.compareTo(paid) > 0) {
                violations.add("credited " + credited + " for a period paid " + paid);
            }
        }

        /**
         * Billing issues the invoice: account credit pays what it can; a larger credit is carried. Answers whether it
         * was completed at once (nothing due).
         */
        private boolean issue(ChargeDue due) {
            if (invoices.containsKey(due.invoiceId())) {
                violations.add("invoice " + due.invoiceId() + " asked for twice");
                return false;
            }
            Money total = USD.sum(due.lines());
            Money used = total.isPositive() ? credit.min(total) : USD.zero();
            total = total.minus(used);
            credit = credit.minus(used);
            if (!total.isPositive()) {
                credit = credit.plus(total.negate());
                total = USD.zero();
            }
            Invoice invoice = new Invoice(due.invoiceId(), total);
            invoice.status = total.isPositive() ? "pending" : "completed";
            invoices.put(invoice.id, invoice);
            return !total.isPositive();
        }

        /** Billing drops a charge: an unpaid invoice is cancelled, a paid one refunded in full. */
        private void drop(UUID invoiceId) {
            Invoice invoice = invoices.get(invoiceId);
            if (invoice == null) {
                violations.add("cancelled invoice " + invoiceId + " was never asked for");
                return;
            }
            if (invoice.status.equals("pending") || invoice.status.equals("failed")) {
                invoice.status = "cancelled";
            } else if (invoice.status.equals("completed") && invoice.refundable().isPositive()) {
                refund(invoice, invoice.refundable());
            }
        }

        void refund(Invoice invoice, Money amount) {
            invoice.refunded = invoice.refunded.plus(amount);
            refunds = refunds.plus(amount);
        }

        void check() {
            assertThat(violations).isEmpty();
            Money completed = USD.sum(invoices.values().stream().filter(i -> i.paid).map(i -> i.total).toList(), 0);
            Money refunded = USD.sum(invoices.values().stream().map(i -> i.refunded).toList(), 0);
            assertThat(completed.minus(refunded)).as("(3) completed invoices minus refunds")
                    .isEqualTo(payments.minus(refunds));
            assertThat(invoices.values()).allSatisfy(i -> assertThat(i.refunded.compareTo(i.paid ? i.total
                    : USD.zero())).isLessThanOrEqualTo(0));
            if (membership == null) {
                return;
            }
            Membership m = membership;
            switch (m.status()) {
                case ACTIVE -> assertThat(m.period().standing()).as("(1)(4) active means paid")
                        .isEqualTo(Standing.PAID);
                case TRIALING -> assertThat(m.period().standing()).isEqualTo(Standing.TRIAL);
                case PENDING -> assertThat(m.period().standing()).isEqualTo(Standing.UNPAID);
                case ON_HOLD -> assertThat(today()).as("(4) on hold within its grace")
                        .isBefore(m.period().start().plusDays(GRACE_DAYS));
                default -> {
                }
            }
            if (m.period().standing() == Standing.PAID && m.period().paid().isPositive()) {
                assertThat(payments.plus(USD.zero())).as("(2) the period's value was paid")
                        .isGreaterThanOrEqualTo(m.period().paid());
            }
        }
    }

    static final class Invoice {
        final UUID id;
        final Money total;
        String status;
        boolean paid;
        Money refunded = USD.zero();

        Invoice(UUID id, Money total) {
            this.id = id;
            this.total = total;
            this.paid = !total.isPositive();
        }

        Money refundable() {
            return paid ? total.minus(refunded) : USD.zero();
        }
    }

    /** A first purchase: a plan, maybe add-ons, maybe a coupon of any duration, maybe a trial. */
    static final class Buy implements Action.Independent<World> {
        @Override
        public boolean precondition(World w) {
            return w.membership == null;
        }

        @Override
        public Arbitrary<Transformer<World>> transformer() {
            Arbitrary<Product> plan = Arbitraries.of(BASIC, PRO);
            Arbitrary<Map<UUID, Integer>> addOns = Arbitraries.of(Map.of(), Map.of(EXTRA_POSTS.id(), 2),
                    Map.of(SETUP_HELP.id(), 1));
            Arbitrary<Coupon> coupon = Arbitraries.of(
                    new Coupon("HALF", Coupon.Kind.PERCENT, new BigDecimal("50"), Coupon.Duration.ONCE, 0),
                    new Coupon("TWO", Coupon.Kind.PERCENT, BigDecimal.TEN, Coupon.Duration.REPEATING, 2),
                    new Coupon("FIVE", Coupon.Kind.AMOUNT, new BigDecimal("5"), Coupon.Duration.FOREVER, 0),
                    new Coupon("ALL", Coupon.Kind.PERCENT, new BigDecimal("100"), Coupon.Duration.ONCE, 0))
                    .injectNull(0.4);
            Arbitrary<Integer> trial = Arbitraries.of(0, 0, 14);
            return Combinators.combine(plan, addOns, coupon, trial).as((p, a, c, days) ->
                    Transformer.mutate("buy " + p.name() + " " + a.size() + " add-ons, coupon "
                            + (c == null ? "none" : c.code()) + ", trial " + days, w -> {
                        List<ChargeLine> lines = Pricing.initialLines(p, a, PRODUCTS, c);
                        Transition started = Membership.start(new Membership.Start(UUID.randomUUID(), "ABCDE12345",
                                UUID.randomUUID(), Catalogs.terms(p, a), c, lines, days, w.now));
                        w.record(started, null, null);
                    }));
        }
    }

    /** A plan or add-on change, as the change endpoint makes it (refused ones change nothing). */
    static final class Change implements Action.Dependent<World> {
        @Override
        public boolean precondition(World w) {
            return w.membership != null;
        }

        @Override
        public Arbitrary<Transformer<World>> transformer(World state) {
            Arbitrary<Product> plan = Arbitraries.of(BASIC, PRO);
            Arbitrary<Map<UUID, Integer>> addOns = Arbitraries.of(Map.of(), Map.of(EXTRA_POSTS.id(), 1),
                    Map.of(EXTRA_POSTS.id(), 3), Map.of(SETUP_HELP.id(), 1));
            return Combinators.combine(plan, addOns).as((p, a) -> Transformer.mutate("change to " + p.name()
                    + " with " + a, w -> {
                Membership m = w.membership;
                ChangeQuote quote = ChangeQuote.of(m, p, a, PRODUCTS, SiteUsage.none(), w.today());
                if (quote.kind() == ChangeKind.NO_CHANGE) {
                    return;
                }
                try {
                    Transition t = quote.scheduled(w.today()) ? m.scheduleChange(quote)
                            : m.requestChange(quote, w.now, POLICY.pendingChangeExpiresAfter());
                    w.record(t, null, quote);
                } catch (TransitionRefused refused) {
                    // the endpoint answers 409 and nothing changes
                }
            }));
        }
    }

    /** The customer pays (or has declined) an invoice billing holds as payable. */
    static final class Pay implements Action.Dependent<World> {
        private final boolean succeeds;

        Pay(boolean succeeds) {
            this.succeeds = succeeds;
        }

        @Override
        public boolean precondition(World w) {
            return w.invoices.values().stream().anyMatch(Pay::payable);
        }

        private static boolean payable(Invoice i) {
            return i.status.equals("pending") || i.status.equals("failed");
        }

        @Override
        public Arbitrary<Transformer<World>> transformer(World state) {
            List<UUID> payable = state.invoices.values().stream().filter(Pay::payable).map(i -> i.id).toList();
            return Arbitraries.of(payable).map(id -> Transformer.mutate((succeeds ? "pay " : "decline ") + id, w -> {
                Invoice invoice = w.invoices.get(id);
                if (!succeeds) {
                    invoice.status = "failed";
                    w.act(m -> m.paymentFailed(id, "declined", w.now), null);
                    return;
                }
                invoice.status = "completed";
                invoice.paid = true;
                w.payments = w.payments.plus(invoice.total);
                w.act(m -> m.paid(id, w.now), id);
            }));
        }
    }

    /** An admin refunds part or all of what is left of a paid invoice. */
    static final class Refund implements Action.Dependent<World> {
        @Override
        public boolean precondition(World w) {
            return w.invoices.values().stream().anyMatch(i -> i.refundable().isPositive());
        }

        @Override
        public Arbitrary<Transformer<World>> transformer(World state) {
            List<UUID> refundable = state.invoices.values().stream().filter(i -> i.refundable().isPositive())
                    .map(i -> i.id).toList();
            return Combinators.combine(Arbitraries.of(refundable), Arbitraries.of(25, 50, 100)).as((id, percent) ->
                    Transformer.mutate("refund " + percent + "% of " + id, w -> {
                        Invoice invoice = w.invoices.get(id);
                        Money amount = invoice.refundable().times(BigDecimal.valueOf(percent).movePointLeft(2));
                        if (amount.isPositive()) {
                            w.refund(invoice, amount);
                        }
                    }));
        }
    }

    /** Days pass; the renewal run does what time does, once a day. */
    static final class DaysPass implements Action.Independent<World> {
        @Override
        public Arbitrary<Transformer<World>> transformer() {
            return Arbitraries.integers().between(1, 20).map(days -> Transformer.mutate(days + " days pass", w -> {
                for (int i = 0; i < days; i++) {
                    w.now = w.now.plus(Duration.ofDays(1));
                    w.act(m -> m.advance(w.now, POLICY, CHARGES, change -> new Membership.ScheduledOutcome(
                            Catalogs.terms(PRODUCTS.apply(change.planId()), change.addOns()), List.of())), null);
                }
            }));
        }
    }

    /** USD amounts. */
    private static final class Currency {
        Money zero() {
            return Money.zero(java.util.Currency.getInstance("USD"));
        }

        Money sum(List<ChargeLine> lines) {
            return ChargeLine.sum(lines, java.util.Currency.getInstance("USD"));
        }

        Money sum(List<Money> amounts, int unused) {
            return amounts.stream().reduce(zero(), Money::plus);
        }
    }
}
