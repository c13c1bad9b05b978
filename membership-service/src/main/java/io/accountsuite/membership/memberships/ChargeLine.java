package io.accountsuite.membership.memberships;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import io.accountsuite.membership.catalog.Product;
import io.accountsuite.membership.money.Money;

/**
 * One line of what a change or purchase costs: product, fee, credit or discount (the last two negative).
 * {@code recurring} marks a product line that pays for the billing period (a plan or a recurring add-on), as
 * opposed to a setup fee or a one-time service.
 */
public record ChargeLine(String type, String description, UUID productId, int quantity, Money amount,
                         boolean recurring) {

    public static ChargeLine product(Product product, int quantity) {
        return new ChargeLine("product", product.name(), product.id(), quantity, product.price().times(quantity),
                product.period().recurs());
    }

    public static ChargeLine fee(Product product, int quantity) {
        return new ChargeLine("fee", "Setup fee: " + product.name(), product.id(), quantity,
                product.setupFee().times(quantity), false);
    }

    public static ChargeLine credit(String description, Money credit) {
        return new ChargeLine("credit", description, null, 1, credit.negate(), false);
    }

    public static ChargeLine discount(String description, Money discount) {
        return new ChargeLine("discount", description, null, 1, discount.negate(), false);
    }

    public static Money sum(List<ChargeLine> lines, Currency currency) {
        return lines.stream().map(ChargeLine::amount).reduce(Money.zero(currency), Money::plus);
    }

    /**
     * What these lines pay for the billing period itself: the recurring products, less their share of the
     * discounts (discounts spread over all products in proportion). Fees, one-time services and credits are not part
     * of it. This is what an upgrade may later credit back for unused time.
     */
    public static Money periodValue(List<ChargeLine> lines, Currency currency) {
        Money products = sum(lines.stream().filter(l -> "product".equals(l.type())).toList(), currency);
        Money recurring = sum(lines.stream().filter(ChargeLine::recurring).toList(), currency);
        Money discounts = sum(lines.stream().filter(l -> "discount".equals(l.type())).toList(), currency);
        if (!products.isPositive()) {
            return Money.zero(currency);
        }
        BigDecimal share = recurring.amount().divide(products.amount(), MathContext.DECIMAL128);
        return recurring.plus(discounts.times(share)).max(Money.zero(currency));
    }
}
