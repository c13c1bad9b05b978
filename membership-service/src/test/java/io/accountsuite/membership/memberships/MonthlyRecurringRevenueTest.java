package io.accountsuite.membership.memberships;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.accountsuite.membership.catalog.BillingPeriod;
import io.accountsuite.membership.catalog.BillingPeriod.Unit;
import io.accountsuite.membership.memberships.MonthlyRecurringRevenue.Recurring;
import io.accountsuite.membership.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class MonthlyRecurringRevenueTest {

    private static final LocalDate JUNE = LocalDate.of(2027, 6, 1);

    /** Each period's share of a month, rounded half-even to the currency's minor unit. */
    @ParameterizedTest(name = "{0} {1} every {2} {3} is {4} a month")
    @CsvSource({
            "10.00, USD, 1, MONTH, 10.00",
            "30.00, USD, 3, MONTH, 10.00",
            "100.00, USD, 6, MONTH, 16.67",  // 16.666…
            "120.00, USD, 1, YEAR, 10.00",
            "240.00, USD, 2, YEAR, 10.00",   // 240 / (12 × 2)
            "100.00, USD, 1, YEAR, 8.33",    // 8.333…
            "10.00, USD, 1, WEEK, 43.33",    // 10 × 52 / 12 = 43.333…
            "10.00, USD, 2, WEEK, 21.67",    // 21.666…
            "1.00, USD, 1, DAY, 30.42",      // 365 / 12 = 30.4166…
            "1.00, USD, 7, DAY, 4.35",       // 4.345…
            "0.30, USD, 1, YEAR, 0.02",      // 0.025, a tie: half-even
            "0.90, USD, 1, YEAR, 0.08",      // 0.075, a tie: half-even
            "30, JPY, 1, YEAR, 2",           // 2.5: JPY has no minor unit
            "42, JPY, 1, YEAR, 4"            // 3.5
    })
    void a_period_is_normalised_to_a_month(String amount, String currency, int duration, Unit unit,
                                           String monthly) {
        assertThat(mrr(recurring(amount, currency, duration, unit))).containsExactly(Money.of(monthly, currency));
    }

    @Test
    void one_time_and_lifetime_terms_count_zero_but_their_currency_is_listed() {
        assertThat(mrr(recurring("500.00", "EUR", 0, Unit.ONE_TIME), recurring("900.00", "EUR", 0, Unit.LIFETIME),
                recurring("10.00", "USD", 1, Unit.MONTH)))
                .containsExactly(Money.of("0.00", "EUR"), Money.of("10.00", "USD"));
    }

    @Test
    void the_sum_is_exact_and_rounded_once() {
        // Three yearly 10.00: 0.8333… each; rounding each would give 2.49, the exact sum is 2.50.
        assertThat(mrr(recurring("10.00", "USD", 1, Unit.YEAR), recurring("10.00", "USD", 1, Unit.YEAR),
                recurring("10.00", "USD", 1, Unit.YEAR))).containsExactly(Money.of("2.50", "USD"));
        // 0.01 / 3 + 0.01 / 6 is 0.005 exactly, a tie: half-even keeps 0.00 (no approximation of the thirds
        // tips it over).
        assertThat(mrr(recurring("0.01", "USD", 3, Unit.MONTH), recurring("0.01", "USD", 6, Unit.MONTH)))
                .containsExactly(Money.of("0.00", "USD"));
    }

    @Test
    void one_amount_per_currency_sorted_by_code() {
        assertThat(mrr(recurring("10.00", "USD", 1, Unit.MONTH), recurring("1200", "JPY", 1, Unit.YEAR),
                recurring("5.00", "EUR", 1, Unit.MONTH), recurring("5.00", "USD", 1, Unit.MONTH)))
                .containsExactly(Money.of("5.00", "EUR"), Money.of("100", "JPY"), Money.of("15.00", "USD"));
    }

    @Test
    void only_active_memberships_count_with_their_recurring_add_ons() {
        Membership active = Catalogs.active(Catalogs.BASIC, Map.of(Catalogs.EXTRA_POSTS.id(), 2,
                Catalogs.SETUP_HELP.id(), 1), JUNE, null);
        Membership pending = Catalogs.pending(Catalogs.PRO, Map.of(), JUNE, null);
        Membership trialing = Catalogs.trialing(Catalogs.PRO, JUNE, 14);
        Membership yearly = Catalogs.active(Catalogs.PRO_YEARLY, Map.of(), JUNE, null);

        // Basic 10 + 2 × 2 extra posts (the one-time setup help does not recur) + Pro yearly 300 / 12.
        assertThat(MonthlyRecurringRevenue.of(List.of(active, pending, trialing, yearly)))
                .containsExactly(Money.of("39.00", "USD"));
        assertThat(MonthlyRecurringRevenue.of(List.of(pending, trialing))).isEmpty();
    }

    @Test
    void a_discount_counts_while_it_recurs_and_a_once_coupon_never() {
        Coupon forever = new Coupon("TENOFF", Coupon.Kind.PERCENT, new BigDecimal("10"),
                Coupon.Duration.FOREVER, 0);
        Coupon threeOff = new Coupon("THREE", Coupon.Kind.AMOUNT, new BigDecimal("3"),
                Coupon.Duration.FOREVER, 0);
        Coupon once = new Coupon("ONCE", Coupon.Kind.PERCENT, new BigDecimal("50"),
                Coupon.Duration.ONCE, 0);
        Coupon twoCycles = new Coupon("TWO", Coupon.Kind.PERCENT, new BigDecimal("50"),
                Coupon.Duration.REPEATING, 2);

        assertThat(mrrOf(Catalogs.active(Catalogs.BASIC, Map.of(), JUNE, forever))).isEqualTo("9.00");
        assertThat(mrrOf(Catalogs.active(Catalogs.BASIC, Map.of(), JUNE, threeOff))).isEqualTo("7.00");
        assertThat(mrrOf(Catalogs.active(Catalogs.BASIC, Map.of(), JUNE, once))).isEqualTo("10.00");
        Membership repeating = Catalogs.active(Catalogs.BASIC, Map.of(), JUNE, twoCycles);
        assertThat(mrrOf(repeating)).isEqualTo("5.00");
        assertThat(mrrOf(inCycle(repeating, 2))).isEqualTo("5.00");
        assertThat(mrrOf(inCycle(repeating, 3))).isEqualTo("10.00");
    }

    private static String mrrOf(Membership m) {
        return MonthlyRecurringRevenue.of(List.of(m)).get(0).plain();
    }

    /** The membership as it stands once cycle {@code cycle} is paid for. */
    private static Membership inCycle(Membership m, int cycle) {
        return new Membership(m.id(), m.reference(), m.customerId(), m.currency(), m.createdAt(), m.status(),
                m.terms(), m.coupon(), m.initialAmount(), m.period(), cycle, m.autoRenew(), m.activatedAt(),
                m.awaitedPayment(), m.pendingChange(), m.scheduledChange(), m.pendingRenewal(), m.blockedChange(),
                m.paymentFailure(), m.cancelled());
    }

    private static Recurring recurring(String amount, String currency, int duration, Unit unit) {
        return new Recurring(Money.of(amount, currency), new BillingPeriod(duration, unit));
    }

    private static List<Money> mrr(Recurring... items) {
        return MonthlyRecurringRevenue.sum(List.of(items));
    }
}
