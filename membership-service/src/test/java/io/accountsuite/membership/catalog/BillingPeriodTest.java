package io.accountsuite.membership.catalog;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BillingPeriodTest {

    @Test
    void months_follow_the_calendar_including_month_ends_and_leap_years() {
        BillingPeriod monthly = BillingPeriod.monthly();
        assertThat(monthly.end(LocalDate.of(2028, 1, 31))).contains(LocalDate.of(2028, 2, 29));
        assertThat(monthly.days(LocalDate.of(2028, 1, 31))).isEqualTo(29);
        assertThat(monthly.days(LocalDate.of(2027, 2, 1))).isEqualTo(28);
        assertThat(monthly.days(LocalDate.of(2028, 2, 1))).isEqualTo(29);
        assertThat(new BillingPeriod(1, BillingPeriod.Unit.YEAR).days(LocalDate.of(2028, 1, 1))).isEqualTo(366);
        assertThat(new BillingPeriod(2, BillingPeriod.Unit.WEEK).days(LocalDate.of(2027, 3, 1))).isEqualTo(14);
    }

    @Test
    void one_time_and_lifetime_products_never_end() {
        assertThat(new BillingPeriod(0, BillingPeriod.Unit.LIFETIME).end(LocalDate.of(2027, 1, 1))).isEmpty();
        assertThat(new BillingPeriod(0, BillingPeriod.Unit.ONE_TIME).recurs()).isFalse();
    }
}
