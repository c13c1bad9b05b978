package io.accountsuite.membership.memberships;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import io.accountsuite.membership.catalog.BillingPeriod;
import io.accountsuite.membership.catalog.Product;
import io.accountsuite.membership.entitlement.Entitlements;
import io.accountsuite.membership.money.Money;
import io.accountsuite.membership.usage.SiteUsage;

/**
 * Everything a plan or add-on change would do, computed without changing anything: the same quote backs the
 * preview and the change itself (SPEC section 3).
 *
 * @param lines             what is charged now (empty for a downgrade, which is charged at renewal)
 * @param amountDueNow      the lines' total, never below zero (a larger credit goes to the account credit)
 * @param newListPrice      a cycle of the new terms before any coupon
 * @param newRecurringTotal the next cycle of the new terms, with the coupon while it lasts
 * @param effectiveOn       today, or the period's end for a scheduled downgrade
 */
public record ChangeQuote(ChangeKind kind, UUID planId, Map<UUID, Integer> addOns, List<ChargeLine> lines,
                          Money amountDueNow, Money newListPrice, Money newRecurringTotal, BillingPeriod billingPeriod,
                          int billingCycles, Entitlements entitlements, List<BlockingItem> blocking,
                          LocalDate effectiveOn) {

    public boolean scheduled(LocalDate today) {
        return effectiveOn.isAfter(today);
    }

    public static ChangeQuote of(Membership membership, Product targetPlan, Map<UUID, Integer> targetAddOns,
                                 Function<UUID, Product> products, SiteUsage usage, LocalDate today) {
        Product currentPlan = products.apply(membership.planId());
        ChangeKind kind = ChangeClassifier.classify(currentPlan, membership.addOns(), targetPlan, targetAddOns);
        Currency currency = membership.currency();
        Entitlements entitlements = entitlements(targetPlan, targetAddOns, products);
        Money listPrice = Pricing.recurringTotal(targetPlan, targetAddOns, products);
        List<ChargeLine> lines = switch (kind) {
            case UPGRADE -> upgradeLines(membership, currentPlan, targetPlan, targetAddOns, products, today);
            case ADD_ON_PURCHASE -> addOnLines(membership, targetAddOns, products);
            case DOWNGRADE, NO_CHANGE -> List.of();
        };
        Money due = ChargeLine.sum(lines, currency).max(Money.zero(currency));
        boolean deferred = kind == ChangeKind.DOWNGRADE && membership.period().end() != null
                && (membership.status() == MembershipStatus.ACTIVE || membership.status() == MembershipStatus.TRIALING);
        return new ChangeQuote(kind, targetPlan.id(), Map.copyOf(targetAddOns), lines, due, listPrice,
                Pricing.cycleTotal(listPrice, membership.coupon(), membership.nextCycle()), targetPlan.period(),
                targetPlan.billingCycles(), entitlements, ChangeBlockers.of(entitlements, usage),
                deferred ? membership.period().end() : today);
    }

    public static Entitlements entitlements(Product plan, Map<UUID, Integer> addOns, Function<UUID, Product> products) {
        List<Entitlements.AddOn> extras = addOns.entrySet().stream()
                .map(e -> new Entitlements.AddOn(products.apply(e.getKey()).limits(), e.getValue())).toList();
        return Entitlements.of(plan.limits(), plan.templateMode(), plan.templates(), extras);
    }

    /**
     * A new period of the new plan and its recurring add-ons (one-time add-ons only for what is added), its setup
     * fee less the one already paid, the coupon while it lasts, and a credit for the unused part of what was paid
     * for the current period: nothing for a trial or an unpaid period (SPEC "Credit only what was paid").
     */
    private static List<ChargeLine> upgradeLines(Membership membership, Product current, Product target,
                                                 Map<UUID, Integer> addOns, Function<UUID, Product> products,
                                                 LocalDate today) {
        List<ChargeLine> lines = new ArrayList<>();
        lines.add(ChargeLine.product(target, 1));
        addOns.forEach((id, quantity) -> {
            Product addOn = products.apply(id);
            int charged = addOn.period().recurs() ? quantity : quantity - membership.addOns().getOrDefault(id, 0);
            if (charged > 0) {
                lines.add(ChargeLine.product(addOn, charged));
            }
        });
        if (target.setupFee().isPositive()) {
            lines.add(ChargeLine.fee(target, 1));
        }
        Pricing.discount(lines, coupon(membership));
        Membership.Period period = membership.period();
        if (period.end() != null && period.standing() == Membership.Standing.PAID) {
            Money credit = Proration.credit(period.paid(), period.start(), period.end(), today);
            if (credit.isPositive()) {
                lines.add(ChargeLine.unusedTime(current, credit));
            }
        }
        Money setupCredit = membership.timesBilled() > 0
                ? Proration.setupFeeCredit(current.setupFee(), target.setupFee()) : Money.zero(membership.currency());
        if (setupCredit.isPositive()) {
            lines.add(ChargeLine.setupFeePaid(setupCredit));
        }
        return lines;
    }

    /** Only the add-ons bought now, with their setup fees, and the coupon while it lasts. */
    private static List<ChargeLine> addOnLines(Membership membership, Map<UUID, Integer> addOns,
                                               Function<UUID, Product> products) {
        List<ChargeLine> lines = new ArrayList<>();
        addOns.forEach((id, quantity) -> {
            int added = quantity - membership.addOns().getOrDefault(id, 0);
            if (added > 0) {
                Product product = products.apply(id);
                lines.add(ChargeLine.product(product, added));
                if (product.setupFee().isPositive()) {
                    lines.add(ChargeLine.fee(product, added));
                }
            }
        });
        Pricing.discount(lines, coupon(membership));
        return lines;
    }

    /** The original purchase's coupon, when it still applies to changes in the current cycle. */
    private static Coupon coupon(Membership membership) {
        Coupon coupon = membership.coupon();
        return coupon != null && coupon.appliesToChangesIn(Math.max(1, membership.currentCycle())) ? coupon : null;
    }
}
