package io.accountsuite.membership.change;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import io.accountsuite.membership.catalog.Product;
import io.accountsuite.membership.entitlement.Entitlements;
import io.accountsuite.membership.membership.Membership;
import io.accountsuite.membership.membership.MembershipStatus;
import io.accountsuite.membership.money.Money;
import io.accountsuite.membership.usage.SiteUsage;

/**
 * Everything a plan or add-on change would do, computed without changing anything: the same quote backs the
 * preview and the change itself.
 *
 * @param lines           what is charged now (empty for a downgrade, which is charged at renewal)
 * @param amountDueNow    the lines' total, never below zero
 * @param effectiveOn     today, or the period's end for a scheduled downgrade
 */
public record ChangeQuote(ChangeKind kind, UUID planId, Map<UUID, Integer> addOns, List<ChargeLine> lines,
                          Money amountDueNow, Money newRecurringTotal, Entitlements entitlements,
                          List<BlockingItem> blocking, LocalDate effectiveOn) {

    public boolean scheduled(LocalDate today) {
        return effectiveOn.isAfter(today);
    }

    public static ChangeQuote of(Membership membership, Product targetPlan, Map<UUID, Integer> targetAddOns,
                                 Function<UUID, Product> products, SiteUsage usage, LocalDate today) {
        Product currentPlan = products.apply(membership.planId());
        ChangeKind kind = ChangeClassifier.classify(currentPlan, membership.addOns(), targetPlan, targetAddOns);
        Currency currency = membership.currency();
        Entitlements entitlements = entitlements(targetPlan, targetAddOns, products);
        Money recurring = Pricing.recurringTotal(targetPlan, targetAddOns, products, membership.coupon());
        List<ChargeLine> lines = switch (kind) {
            case UPGRADE -> upgradeLines(membership, currentPlan, targetPlan, targetAddOns, products, today);
            case ADD_ON_PURCHASE -> addOnLines(membership, targetAddOns, products);
            case DOWNGRADE, NO_CHANGE -> List.of();
        };
        Money due = ChargeLine.sum(lines, currency).max(Money.zero(currency));
        boolean deferred = kind == ChangeKind.DOWNGRADE && membership.expiresOn() != null
                && (membership.status() == MembershipStatus.ACTIVE || membership.status() == MembershipStatus.TRIALING);
        return new ChangeQuote(kind, targetPlan.id(), Map.copyOf(targetAddOns), lines, due, recurring, entitlements,
                LimitCheck.blocking(entitlements, usage), deferred ? membership.expiresOn() : today);
    }

    public static Entitlements entitlements(Product plan, Map<UUID, Integer> addOns, Function<UUID, Product> products) {
        List<Entitlements.AddOn> extras = addOns.entrySet().stream()
                .map(e -> new Entitlements.AddOn(products.apply(e.getKey()).limits(), e.getValue())).toList();
        return Entitlements.of(plan.limits(), plan.templateMode(), plan.templates(), extras);
    }

    /** The new plan and add-ons in full, less the unused part of this period and the setup fee already paid. */
    private static List<ChargeLine> upgradeLines(Membership membership, Product current, Product target,
                                                 Map<UUID, Integer> addOns, Function<UUID, Product> products,
                                                 LocalDate today) {
        List<ChargeLine> lines = new ArrayList<>();
        lines.add(ChargeLine.product(target, 1));
        addOns.forEach((id, quantity) -> lines.add(ChargeLine.product(products.apply(id), quantity)));
        if (target.setupFee().isPositive()) {
            lines.add(ChargeLine.fee(target, 1));
        }
        couponDiscount(membership, lines);
        if (membership.expiresOn() != null) {
            Money credit = Proration.credit(membership.recurringAmount(), membership.periodStart(),
                    membership.expiresOn(), today, membership.status() == MembershipStatus.TRIALING);
            if (credit.isPositive()) {
                lines.add(ChargeLine.credit("Unused time on " + current.name(), credit));
            }
        }
        Money setupCredit = Proration.setupFeeCredit(current.setupFee(), target.setupFee());
        if (setupCredit.isPositive()) {
            lines.add(ChargeLine.credit("Setup fee already paid", setupCredit));
        }
        return lines;
    }

    /** Only the add-ons bought now, with their setup fees. */
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
        couponDiscount(membership, lines);
        return lines;
    }

    /** The original purchase's coupon keeps applying to new amounts when it applies to renewals. */
    private static void couponDiscount(Membership membership, List<ChargeLine> lines) {
        if (membership.coupon() == null || !membership.coupon().appliesToRenewals()) {
            return;
        }
        Money products = ChargeLine.sum(lines.stream().filter(l -> "product".equals(l.type())).toList(),
                membership.currency());
        Money discount = membership.coupon().discountOn(products);
        if (discount.isPositive()) {
            lines.add(ChargeLine.discount("Coupon " + membership.coupon().code(), discount));
        }
    }
}
