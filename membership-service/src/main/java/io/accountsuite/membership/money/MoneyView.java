package io.accountsuite.membership.money;

/**
 * Money as the membership API writes it: {@code {"amount": "12.50", "currency": "USD"}}, the amount a decimal string
 * in the currency's major unit.
 */
public record MoneyView(String amount, String currency) {

    /** The view of {@code money}; null for null (a product without a setup fee). */
    public static MoneyView of(Money money) {
        return money == null ? null : new MoneyView(money.plain(), money.currency().getCurrencyCode());
    }
}
