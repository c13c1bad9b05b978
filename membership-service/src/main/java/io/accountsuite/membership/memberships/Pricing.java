package io.accountsuite.membership.memberships;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import io.accountsuite.membership.catalog.Product;
import io.accountsuite.membership.money.Money;

/**
 * Prices of a plan with add-ons: the lines of a first purchase, of each renewal, and the list price of a cycle.
 * A coupon discounts the products of the cycles it lasts for (SPEC "Coupons"; Stripe's coupon durations).
 */
public final class Pricing {

    private Pricing() {
    }

    /** What each cycle costs before any coupon: the plan and the recurring add-ons. */
    public static Money recurringTotal(Product plan, Map<UUID, Integer> addOns, Function<UUID, Product> products) {
        Money total = plan.period().recurs() ? plan.price() : Money.zero(plan.price().currency());
        for (var addOn : addOns.entrySet()) {
            Product product = products.apply(addOn.getKey());
            if (product.period().recurs()) {
                total = total.plus(product.price().times(addOn.getValue()));
            }
        }
        return total;
    }

    /** What cycle {@code cycle} costs with the coupon, when it lasts that long. */
    public static Money cycleTotal(Money listPrice, Coupon coupon, int cycle) {
        return coupon != null && coupon.appliesToCycle(cycle) ? listPrice.minus(coupon.discountOn(listPrice))
                : listPrice;
    }

    /** The first invoice (cycle 1): plan, add-ons, their setup fees, and the coupon's discount on the products. */
    public static List<ChargeLine> initialLines(Product plan, Map<UUID, Integer> addOns,
                                                Function<UUID, Product> products, Coupon coupon) {
        List<ChargeLine> lines = new ArrayList<>();
        lines.add(ChargeLine.product(plan, 1));
        addOns.forEach((id, quantity) -> lines.add(ChargeLine.product(products.apply(id), quantity)));
        lines.add(ChargeLine.fee(plan, 1));
        addOns.forEach((id, quantity) -> lines.add(ChargeLine.fee(products.apply(id), quantity)));
        lines.removeIf(line -> line.amount().isZero() && !"product".equals(line.type()));
        discount(lines, coupon != null && coupon.appliesToCycle(1) ? coupon : null);
        return lines;
    }

    /** A renewal (cycle {@code cycle}): the plan and the recurring add-ons, with the coupon if it lasts. */
    public static List<ChargeLine> renewalLines(Product plan, Map<UUID, Integer> addOns,
                                                Function<UUID, Product> products, Coupon coupon, int cycle) {
        List<ChargeLine> lines = new ArrayList<>();
        lines.add(ChargeLine.product(plan, 1));
        addOns.forEach((id, quantity) -> {
            Product addOn = products.apply(id);
            if (addOn.period().recurs()) {
                lines.add(ChargeLine.product(addOn, quantity));
            }
        });
        discount(lines, coupon != null && coupon.appliesToCycle(cycle) ? coupon : null);
        return lines;
    }

    /** Adds the coupon's discount on the lines' products, if there is a coupon and a discount. */
    static void discount(List<ChargeLine> lines, Coupon coupon) {
        if (coupon == null || lines.isEmpty()) {
            return;
        }
        Money products = ChargeLine.sum(lines.stream().filter(l -> "product".equals(l.type())).toList(),
                lines.get(0).amount().currency());
        Money discount = coupon.discountOn(products);
        if (discount.isPositive()) {
            lines.add(ChargeLine.discount(coupon.code(), discount));
        }
    }
}
