package io.accountsuite.membership.memberships;

import java.time.LocalDate;

import io.accountsuite.membership.money.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProrationTest {

    private static final Money PAID = Money.of("30.00", "USD");

    @Test
    void the_credit_is_the_unused_days_share_of_the_amount() {
        // 10 of 30 days left in June.
        assertThat(Proration.credit(PAID, LocalDate.of(2027, 6, 1), LocalDate.of(2027, 7, 1),
                LocalDate.of(2027, 6, 21))).isEqualTo(Money.of("10.00", "USD"));
    }

    @Test
    void a_membership_created_or_renewed_today_counts_the_whole_cycle() {
        assertThat(Proration.credit(PAID, LocalDate.of(2027, 6, 1), LocalDate.of(2027, 7, 1),
                LocalDate.of(2027, 6, 1))).isEqualTo(PAID);
    }

    @Test
    void leap_february_is_29_days_and_rounding_is_half_even() {
        // 9.99 × 10 / 29 = 3.44482… → 3.44
        assertThat(Proration.credit(Money.of("9.99", "USD"), LocalDate.of(2028, 2, 1), LocalDate.of(2028, 3, 1),
                LocalDate.of(2028, 2, 20))).isEqualTo(Money.of("3.44", "USD"));
        // 10.00 × 1 / 8 = 1.25 exactly; JPY 1000 × 1 / 8 = 125
        assertThat(Proration.credit(Money.of("1000", "JPY"), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 9),
                LocalDate.of(2027, 1, 8))).isEqualTo(Money.of("125", "JPY"));
    }

    @Test
    void a_month_starting_on_the_31st_ends_at_the_month_end() {
        // 31 Jan → 28 Feb 2027 is 28 days; 7 days left.
        assertThat(Proration.credit(Money.of("28.00", "EUR"), LocalDate.of(2027, 1, 31), LocalDate.of(2027, 2, 28),
                LocalDate.of(2027, 2, 21))).isEqualTo(Money.of("7.00", "EUR"));
    }

    @Test
    void nothing_paid_and_ended_periods_get_no_credit() {
        assertThat(Proration.credit(Money.of("0.00", "USD"), LocalDate.of(2027, 6, 1), LocalDate.of(2027, 7, 1),
                LocalDate.of(2027, 6, 10)).isZero()).isTrue();
        assertThat(Proration.credit(PAID, LocalDate.of(2027, 6, 1), LocalDate.of(2027, 7, 1),
                LocalDate.of(2027, 7, 1)).isZero()).isTrue();
    }

    @Test
    void the_setup_fee_credit_is_the_smaller_fee() {
        assertThat(Proration.setupFeeCredit(Money.of("50", "USD"), Money.of("20", "USD")))
                .isEqualTo(Money.of("20", "USD"));
        assertThat(Proration.setupFeeCredit(Money.of("0", "USD"), Money.of("20", "USD")).isZero()).isTrue();
    }
}
