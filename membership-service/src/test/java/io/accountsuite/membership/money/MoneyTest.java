package io.accountsuite.membership.money;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @Test
    void amounts_are_kept_at_the_currencys_minor_unit_rounded_half_even() {
        assertThat(Money.of("10.125", "USD").plain()).isEqualTo("10.12");
        assertThat(Money.of("10.135", "USD").plain()).isEqualTo("10.14");
        assertThat(Money.of("1000.5", "JPY").plain()).isEqualTo("1000");
        assertThat(Money.of("1001.5", "JPY").plain()).isEqualTo("1002");
        assertThat(Money.of("1.2345", "BHD").plain()).isEqualTo("1.234");
    }

    @Test
    void a_ratio_is_applied_exactly_and_rounded_once() {
        assertThat(Money.of("10.00", "USD").times(new BigDecimal("0.3333333333333333")).plain()).isEqualTo("3.33");
        assertThat(Money.of("0.05", "EUR").times(new BigDecimal("0.5")).plain()).isEqualTo("0.02");
    }

    @Test
    void currencies_never_mix() {
        assertThatThrownBy(() -> Money.of("1", "USD").plus(Money.of("1", "EUR")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
