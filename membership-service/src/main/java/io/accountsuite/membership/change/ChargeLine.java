package io.accountsuite.membership.change;

import java.util.Currency;
import java.util.List;
import java.util.UUID;

import io.accountsuite.membership.catalog.Product;
import io.accountsuite.membership.money.Money;

/** One line of what a change or purchase costs: product, fee, credit or discount (the last two negative). */
public record ChargeLine(String type, String description, UUID productId, int quantity, Money amount) {

    public static ChargeLine product(Product product, int quantity) {
        return new ChargeLine("product", product.name(), product.id(), quantity, product.price().times(quantity));
    }

    public static ChargeLine fee(Product product, int quantity) {
        return new ChargeLine("fee", "Setup fee: " + product.name(), product.id(), quantity,
                product.setupFee().times(quantity));
    }

    public static ChargeLine credit(String description, Money credit) {
        return new ChargeLine("credit", description, null, 1, credit.negate());
    }

    public static ChargeLine discount(String description, Money discount) {
        return new ChargeLine("discount", description, null, 1, discount.negate());
    }

    public static Money sum(List<ChargeLine> lines, Currency currency) {
        return lines.stream().map(ChargeLine::amount).reduce(Money.zero(currency), Money::plus);
    }
}
