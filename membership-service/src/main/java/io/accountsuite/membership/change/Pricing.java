package io.accountsuite.membership.change;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import io.accountsuite.membership.catalog.Product;
import io.accountsuite.membership.money.Money;

/** Prices of a plan with add-ons: the lines of a first purchase and the amount of each renewal. */
public final class Pricing {

    private Pricing() {
    }

    /** What each cycle costs: the plan and the recurring add-ons, less the coupon when it applies to renewals. */
    public static Money recurringTotal(Product plan, Map<UUID, Integer> addOns, Function<UUID, Product> products,
                                       Coupon coupon) {
        Money total = plan.period().recurs() ? plan.price() : Money.zero(plan.price().currency());
        for (var addOn : addOns.entrySet()) {
            Product product = products.apply(addOn.getKey());
            if (product.period().recurs()) {
                total = total.plus(product.price().times(addOn.getValue()));
            }
        }
        return coupon != null && coupon.appliesToRenewals() ? total.minus(coupon.discountOn(total)) : total;
    }

    /** The first invoice: plan, add-ons, their setup fees, and the coupon's discount on the products. */
    public static List<ChargeLine> initialLines(Product plan, Map<UUID, Integer> addOns,
                                                Function<UUID, Product> products, Coupon coupon) {
        List<ChargeLine> lines = new ArrayList<>();
        lines.add(ChargeLine.product(plan, 1));
        addOns.forEach((id, quantity) -> lines.add(ChargeLine.product(products.apply(id), quantity)));
        lines.add(ChargeLine.fee(plan, 1));
        addOns.forEach((id, quantity) -> lines.add(ChargeLine.fee(products.apply(id), quantity)));
        lines.removeIf(line -> line.amount().isZero() && !"product".equals(line.type()));
        if (coupon != null) {
            Money productsTotal = ChargeLine.sum(lines.stream().filter(l -> "product".equals(l.type())).toList(),
                    plan.price().currency());
            Money discount = coupon.discountOn(productsTotal);
            if (discount.isPositive()) {
                lines.add(ChargeLine.discount("Coupon " + coupon.code(), discount));
            }
        }
        return lines;
    }
}
