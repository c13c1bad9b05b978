package io.accountsuite.membership.memberships;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import io.accountsuite.membership.money.Money;

/**
 * The credit an upgrade gives for the unused part of the current period: remaining days × (what was paid for the
 * period ÷ days in the period), capped at what was paid (SPEC section 3). A period paid today counts whole. The
 * setup-fee credit is the smaller of the two plans' setup fees.
 */
public final class Proration {

    private Proration() {
    }

    /**
     * @param paidForPeriod what the customer actually paid for the period (after discounts; zero for a trial or an
     *                      unpaid period, which earn no credit)
     */
    public static Money credit(Money paidForPeriod, LocalDate periodStart, LocalDate periodEnd, LocalDate today) {
        if (!paidForPeriod.isPositive() || !today.isBefore(periodEnd)) {
            return Money.zero(paidForPeriod.currency());
        }
        long days = ChronoUnit.DAYS.between(periodStart, periodEnd);
        long remaining = today.isAfter(periodStart) ? ChronoUnit.DAYS.between(today, periodEnd) : days;
        BigDecimal ratio = BigDecimal.valueOf(remaining).divide(BigDecimal.valueOf(days), MathContext.DECIMAL128);
        return paidForPeriod.times(ratio).min(paidForPeriod);
    }

    public static Money setupFeeCredit(Money oldSetupFee, Money newSetupFee) {
        return oldSetupFee.min(newSetupFee).max(Money.zero(oldSetupFee.currency()));
    }
}
