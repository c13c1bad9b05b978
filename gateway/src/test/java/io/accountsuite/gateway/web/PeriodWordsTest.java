package io.accountsuite.gateway.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodWordsTest {

    private final PeriodWords words = new PeriodWords();

    @Test
    void one_unit_is_named_without_a_number() {
        assertThat(words.every(1, "month")).isEqualTo("every month");
        assertThat(words.every(1, "year")).isEqualTo("every year");
        assertThat(words.every(1, "week")).isEqualTo("every week");
        assertThat(words.every(1, "day")).isEqualTo("every day");
    }

    @Test
    void more_units_take_the_plural() {
        assertThat(words.every(3, "month")).isEqualTo("every 3 months");
        assertThat(words.every(2, "year")).isEqualTo("every 2 years");
        assertThat(words.every(14, "day")).isEqualTo("every 14 days");
    }

    @Test
    void a_price_paid_once_says_so() {
        assertThat(words.every(1, "one-time")).isEqualTo("once");
        assertThat(words.every(1, "lifetime")).isEqualTo("once, for life");
    }

    @Test
    void a_missing_duration_counts_as_one_and_an_unknown_unit_is_written_as_given() {
        assertThat(words.every(null, "month")).isEqualTo("every month");
        assertThat(words.every(2, "fortnight")).isEqualTo("every 2 fortnight");
    }
}
