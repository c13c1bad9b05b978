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
 *
 * <p>{@code description} is the line in English, as it always was (clients and old events read it). A reader's
 * words are made from the rest (issue 21): {@code type}, {@code subject} and {@code reason}.
 * <ul>
 *   <li>{@code subject}: the product's name for a product or fee line and for an unused-time credit, the coupon's
 *       code for a discount; null for a setup-fee-already-paid credit.</li>
 *   <li>{@code reason}: what a credit is for, where the type alone does not say it: {@value #UNUSED_TIME} (the
 *       unused part of the current period, on the subject's plan) or {@value #SETUP_FEE_PAID} (the setup fee
 *       already paid on the current plan); null for product, fee and discount lines. billing-service adds
 *       {@code account-credit} and {@code carried-to-credit} to its own credit lines.</li>
 * </ul>
 */
public record ChargeLine(String type, String description, UUID productId, int quantity, Money amount,
                         boolean recurring, String subject, String reason) {

    /** The reason of a credit for the unused part of the current period. */
    public static final String UNUSED_TIME = "unused-time";
    /** The reason of a credit for the setup fee already paid on the current plan. */
    public static final String SETUP_FEE_PAID = "setup-fee-paid";

    public static ChargeLine product(Product product, int quantity) {
        return new ChargeLine("product", product.name(), product.id(), quantity, product.price().times(quantity),
                product.period().recurs(), product.name(), null);
    }

    public static ChargeLine fee(Product product, int quantity) {
        return new ChargeLine("fee", "Setup fee: " + product.name(), product.id(), quantity,
                product.setupFee().times(quantity), false, product.name(), null);
    }

    /** A credit for the unused part of the period paid on {@code plan}. */
    public static ChargeLine unusedTime(Product plan, Money credit) {
        return new ChargeLine("credit", "Unused time on " + plan.name(), null, 1, credit.negate(), false,
                plan.name(), UNUSED_TIME);
    }

    /** A credit for the setup fee already paid on the current plan. */
    public static ChargeLine setupFeePaid(Money credit) {
        return new ChargeLine("credit", "Setup fee already paid", null, 1, credit.negate(), false, null,
                SETUP_FEE_PAID);
    }

    /** The discount of the coupon {@code code}. */
    public static ChargeLine discount(String code, Money discount) {
        return new ChargeLine("discount", "Coupon " + code, null, 1, discount.negate(), false, code, null);
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
