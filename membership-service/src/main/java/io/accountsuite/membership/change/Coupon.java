package io.accountsuite.membership.change;

import java.math.BigDecimal;
import java.util.Locale;

import io.accountsuite.membership.money.Money;

/** A discount used on the original purchase: a percentage or a fixed amount, on renewals too or not. */
public record Coupon(String code, Kind kind, BigDecimal value, boolean appliesToRenewals) {

    public enum Kind {
        PERCENT, AMOUNT;

        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind of(String value) {
            return valueOf(value.toUpperCase(Locale.ROOT));
        }
    }

    /** The discount on an amount, never more than the amount itself. */
    public Money discountOn(Money amount) {
        Money discount = kind == Kind.PERCENT
                ? amount.times(value.movePointLeft(2))
                : new Money(value, amount.currency());
        return discount.min(amount);
    }
}
