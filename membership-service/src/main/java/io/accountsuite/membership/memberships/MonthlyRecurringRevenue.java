package io.accountsuite.membership.memberships;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.accountsuite.membership.catalog.BillingPeriod;
import io.accountsuite.membership.money.Money;

/**
 * Monthly recurring revenue, as Stripe defines it: the active memberships only, each one's recurring total after the
 * discount it gets now, normalised to a month (a year is 12 months, a week 52/12 of a month, a day 365/12 of one; a
 * period of N units is divided by N); one-time and lifetime terms recur never and count 0. Coupons count only while
 * they recur: a {@code once} coupon discounted the first invoice and is no part of what recurs, a {@code repeating}
 * one counts during the cycles it discounts, a {@code forever} one always. The result is one amount per currency,
 * sorted by currency code, each summed exactly and rounded once, half-even, to the currency's minor unit (JPY has
 * none, USD two). A currency whose active memberships recur never is listed with 0.
 */
public final class MonthlyRecurringRevenue {

    /** How many months' twelfths each unit is: a month is 12/12, a year 1/12, a week 52/12, a day 365/12. */
    private static final Map<BillingPeriod.Unit, Integer> TWELFTHS_PER_UNIT = Map.of(BillingPeriod.Unit.MONTH, 12,
            BillingPeriod.Unit.YEAR, 1, BillingPeriod.Unit.WEEK, 52, BillingPeriod.Unit.DAY, 365);

    private MonthlyRecurringRevenue() {
    }

    /** What a membership bills each period after its recurring discount, and how long that period is. */
    public record Recurring(Money total, BillingPeriod period) {
    }

    /** The MRR of these memberships: one Money per currency of an active one, sorted by currency code. */
    public static List<Money> of(Collection<Membership> memberships) {
        return sum(memberships.stream().filter(m -> m.status() == MembershipStatus.ACTIVE)
                .map(MonthlyRecurringRevenue::recurring).toList());
    }

    /**
     * What a membership's current cycle bills, with its coupon if that recurs and still applies in this cycle; a
     * coupon given {@code once} is left out.
     */
    static Recurring recurring(Membership m) {
        Coupon coupon = m.coupon();
        boolean recurringDiscount = coupon != null && coupon.duration() != Coupon.Duration.ONCE
                && coupon.appliesToCycle(m.currentCycle());
        Money total = Pricing.cycleTotal(m.terms().listPrice(), recurringDiscount ? coupon : null, m.currentCycle());
        return new Recurring(total, m.terms().billingPeriod());
    }

    /**
     * Each currency's sum of {@code total × twelfths / (12 × N)}, computed over one common denominator so that the
     * only rounding is the last one.
     */
    public static List<Money> sum(Collection<Recurring> items) {
        BigInteger common = items.stream().filter(r -> r.period().recurs())
                .map(r -> BigInteger.valueOf(r.period().duration()))
                .reduce(BigInteger.ONE, MonthlyRecurringRevenue::lcm);
        Map<Currency, BigDecimal> numerators = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
        for (Recurring r : items) {
            BigInteger share = !r.period().recurs() ? BigInteger.ZERO
                    : common.divide(BigInteger.valueOf(r.period().duration()))
                    .multiply(BigInteger.valueOf(TWELFTHS_PER_UNIT.get(r.period().unit())));
            numerators.merge(r.total().currency(), r.total().amount().multiply(new BigDecimal(share)),
                    BigDecimal::add);
        }
        BigDecimal denominator = new BigDecimal(common.multiply(BigInteger.valueOf(12)));
        List<Money> monthly = new ArrayList<>();
        numerators.forEach((currency, numerator) -> monthly.add(new Money(numerator.divide(denominator,
                currency.getDefaultFractionDigits(), RoundingMode.HALF_EVEN), currency)));
        return monthly;
    }

    private static BigInteger lcm(BigInteger a, BigInteger b) {
        return a.multiply(b).divide(a.gcd(b));
    }
}
