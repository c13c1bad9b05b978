package io.accountsuite.membership.memberships;

import java.math.BigDecimal;

import io.accountsuite.membership.money.Money;
import io.accountsuite.platform.values.WireValue;

/**
 * A discount given on the original purchase: a percentage or a fixed amount, lasting as Stripe's coupons do
 * ({@code duration} once, repeating for {@code cycles} billing cycles, or forever). The first purchase is cycle 1;
 * renewals count on from it, and a trial counts as no cycle.
 *
 * @param value a percentage (0–100) for {@link Kind#PERCENT}, an amount in the membership's currency otherwise
 * @param cycles how many cycles a {@link Duration#REPEATING} coupon lasts (at least 1); ignored otherwise
 */
public record Coupon(String code, Kind kind, BigDecimal value, Duration duration, int cycles) {

    public enum Kind implements WireValue {
        PERCENT, AMOUNT;

        public static Kind of(String value) {
            return WireValue.of(Kind.class, value);
        }
    }

    /** How long a coupon keeps applying (Stripe's {@code duration}). */
    public enum Duration implements WireValue {
        ONCE, REPEATING, FOREVER;

        public static Duration of(String value) {
            return WireValue.of(Duration.class, value);
        }
    }

    public Coupon {
        duration = duration == null ? Duration.ONCE : duration;
        if (duration == Duration.REPEATING && cycles < 1) {
            throw new IllegalArgumentException("a repeating coupon lasts at least one cycle");
        }
    }

    /** Whether the coupon discounts the charges of billing cycle {@code cycle} (1 is the first purchase). */
    public boolean appliesToCycle(int cycle) {
        return switch (duration) {
            case ONCE -> cycle == 1;
            case REPEATING -> cycle >= 1 && cycle <= cycles;
            case FOREVER -> cycle >= 1;
        };
    }

    /**
     * Whether it discounts a change made during cycle {@code cycle}: a one-off coupon was for the original invoice
     * only; the others keep applying while they last.
     */
    public boolean appliesToChangesIn(int cycle) {
        return duration != Duration.ONCE && appliesToCycle(cycle);
    }

    /** The discount on an amount, never more than the amount itself. */
    public Money discountOn(Money amount) {
        Money discount = kind == Kind.PERCENT
                ? amount.times(value.movePointLeft(2))
                : new Money(value, amount.currency());
        return discount.min(amount);
    }
}
