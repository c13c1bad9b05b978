package io.accountsuite.membership.memberships;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.accountsuite.membership.catalog.Product;
import io.accountsuite.membership.catalog.ProductView.PeriodView;
import io.accountsuite.membership.money.MoneyView;
import org.jspecify.annotations.Nullable;

/**
 * "Your membership" on the account page (SPEC section 1), with what awaits the customer: the first payment, a change
 * awaiting payment, the next period's invoice, a declined payment, a scheduled change or one that could not take
 * effect.
 *
 * @param total        what the next cycle costs, with the coupon while it lasts
 * @param paidThrough  the end of the period paid for or on trial; null while the current period is unpaid
 * @param trialEndsOn  the end of the trial, while trialing
 * @param billingPeriod how often {@code total} is charged ({@code {"duration": 1, "unit": "month"}}), the page's
 *                     "every month" beside the plan's cost
 */
public record MembershipOverview(UUID id, String reference, String status, Line plan, List<Line> addOns,
                                 MoneyView total, MoneyView initialAmount, int timesBilled, int billingCycles,
                                 String timesBilledText, LocalDate periodStart, LocalDate expiresOn, boolean lifetime,
                                 boolean autoRenew, @Nullable String coupon, @Nullable Instant cancelledAt,
                                 String periodStanding, @Nullable LocalDate paidThrough,
                                 @Nullable LocalDate trialEndsOn, @Nullable Awaiting awaitingPayment,
                                 @Nullable Pending pendingChange, @Nullable Renewal nextRenewal,
                                 @Nullable Failure paymentFailure, @Nullable Scheduled scheduledChange,
                                 @Nullable Blocked blockedChange, PeriodView billingPeriod) {

    /** A product on the membership and what it costs per cycle. */
    public record Line(UUID productId, String name, int quantity, MoneyView unitPrice, MoneyView total) {
    }

    /** The banner: "Changing to Pro on 2027-01-01". */
    public record Scheduled(UUID planId, String planName, Map<UUID, Integer> addOns, LocalDate effectiveOn) {
    }

    /** The invoice to pay for the membership to start: "Pay now". */
    public record Awaiting(UUID invoiceId, MoneyView amountDue) {
    }

    /** A change that applies once its invoice is paid, unless discarded or expired first. */
    public record Pending(UUID invoiceId, String kind, UUID planId, String planName, MoneyView amountDue,
                          Instant expiresAt) {
    }

    /** The next period's invoice, once issued; {@code paid} when paid ahead. */
    public record Renewal(UUID invoiceId, LocalDate periodStart, boolean paid) {
    }

    /** The last declined payment of an invoice the membership awaits. */
    public record Failure(UUID invoiceId, String reason, Instant at) {
    }

    /** A scheduled change that did not take effect, and what to remove before trying again. */
    public record Blocked(UUID planId, String planName, LocalDate on, List<BlockingItem> blocking) {
    }

    public static MembershipOverview of(Membership m, Map<UUID, Product> catalog) {
        Product plan = catalog.get(m.planId());
        List<Line> addOns = m.addOns().entrySet().stream().map(e -> {
            Product p = catalog.get(e.getKey());
            return new Line(p.id(), p.name(), e.getValue(), MoneyView.of(p.price()),
                    MoneyView.of(p.price().times(e.getValue())));
        }).toList();
        Membership.ScheduledChange s = m.scheduledChange();
        Scheduled scheduled = s == null ? null : new Scheduled(s.planId(), name(catalog, s.planId()), s.addOns(),
                s.effectiveOn());
        Membership.PendingChange p = m.pendingChange();
        Pending pending = p == null ? null : new Pending(p.invoiceId(), p.kind().value(), p.terms().planId(),
                name(catalog, p.terms().planId()), MoneyView.of(p.amountDue()), p.expiresAt());
        Membership.AwaitedPayment a = m.awaitedPayment();
        Membership.PendingRenewal r = m.pendingRenewal();
        Membership.PaymentFailure f = m.paymentFailure();
        Membership.BlockedChange b = m.blockedChange();
        Membership.Period period = m.period();
        return new MembershipOverview(m.id(), m.reference(), m.status().value(),
                new Line(plan.id(), plan.name(), 1, MoneyView.of(plan.price()), MoneyView.of(plan.price())), addOns,
                MoneyView.of(Pricing.cycleTotal(m.terms().listPrice(), m.coupon(), m.nextCycle())),
                MoneyView.of(m.initialAmount()), m.timesBilled(), m.terms().billingCycles(), m.timesBilledText(),
                period.start(), period.end(), m.isLifetime(), m.autoRenew(),
                m.coupon() == null ? null : m.coupon().code(), m.cancelled() == null ? null : m.cancelled().at(),
                period.standing().name().toLowerCase(Locale.ROOT), m.paidThrough(),
                period.standing() == Membership.Standing.TRIAL ? period.end() : null,
                a == null || a.invoiceId() == null ? null : new Awaiting(a.invoiceId(), MoneyView.of(a.amountDue())),
                pending, r == null ? null : new Renewal(r.invoiceId(), r.periodStart(), r.paid()),
                f == null ? null : new Failure(f.invoiceId(), f.reason(), f.at()), scheduled,
                b == null ? null : new Blocked(b.planId(), name(catalog, b.planId()), b.on(), b.blocking()),
                new PeriodView(m.terms().billingPeriod().duration(), m.terms().billingPeriod().unit().value()));
    }

    /** The products an overview names: the plan, the add-ons, and the plans of changes pending or scheduled. */
    public static Set<UUID> products(Membership m) {
        Set<UUID> ids = new HashSet<>(m.addOns().keySet());
        ids.add(m.planId());
        if (m.scheduledChange() != null) {
            ids.add(m.scheduledChange().planId());
        }
        if (m.pendingChange() != null) {
            ids.add(m.pendingChange().terms().planId());
            ids.addAll(m.pendingChange().terms().addOns().keySet());
        }
        if (m.blockedChange() != null) {
            ids.add(m.blockedChange().planId());
        }
        return ids;
    }

    private static String name(Map<UUID, Product> catalog, UUID id) {
        Product product = catalog.get(id);
        return product == null ? null : product.name();
    }
}
