package io.accountsuite.membership.change;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import io.accountsuite.membership.money.Money;

/**
 * The credit an upgrade gives for the unused part of the current period: remaining days × (amount ÷ days in the
 * cycle), capped at the amount. A membership created or renewed today counts the whole cycle; a trial paid nothing
 * and gets nothing back. The setup-fee credit is the smaller of the two plans' setup fees.
 */
public final class Proration {

    private Proration() {
    }

    public static Money credit(Money paidForCycle, LocalDate periodStart, LocalDate periodEnd, LocalDate today,
                               boolean trialing) {
        if (trialing || !paidForCycle.isPositive() || !today.isBefore(periodEnd)) {
            return Money.zero(paidForCycle.currency());
        }
        long days = ChronoUnit.DAYS.between(periodStart, periodEnd);
        long remaining = today.isAfter(periodStart) ? ChronoUnit.DAYS.between(today, periodEnd) : days;
        BigDecimal ratio = BigDecimal.valueOf(remaining).divide(BigDecimal.valueOf(days), MathContext.DECIMAL128);
        return paidForCycle.times(ratio).min(paidForCycle);
    }

    public static Money setupFeeCredit(Money oldSetupFee, Money newSetupFee) {
        return oldSetupFee.min(newSetupFee).max(Money.zero(oldSetupFee.currency()));
    }
}
