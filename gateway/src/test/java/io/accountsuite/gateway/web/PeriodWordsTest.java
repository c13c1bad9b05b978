package io.accountsuite.gateway.web;

import java.util.Locale;

import io.accountsuite.gateway.language.PageBundles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodWordsTest {

    private static final Locale EN = Locale.ENGLISH;
    private static final Locale FR = Locale.FRENCH;

    private final PeriodWords words = new PeriodWords(PageBundles.messages());

    @Test
    void one_unit_is_named_without_a_number() {
        assertThat(words.every(1, "month", EN)).isEqualTo("every month");
        assertThat(words.every(1, "year", EN)).isEqualTo("every year");
        assertThat(words.every(1, "week", EN)).isEqualTo("every week");
        assertThat(words.every(1, "day", EN)).isEqualTo("every day");
    }

    @Test
    void more_units_take_the_plural() {
        assertThat(words.every(3, "month", EN)).isEqualTo("every 3 months");
        assertThat(words.every(2, "year", EN)).isEqualTo("every 2 years");
        assertThat(words.every(14, "day", EN)).isEqualTo("every 14 days");
    }

    @Test
    void a_price_paid_once_says_so() {
        assertThat(words.every(1, "one-time", EN)).isEqualTo("once");
        assertThat(words.every(1, "lifetime", EN)).isEqualTo("once, for life");
    }

    @Test
    void a_missing_duration_counts_as_one_and_an_unknown_unit_is_written_as_given() {
        assertThat(words.every(null, "month", EN)).isEqualTo("every month");
        assertThat(words.every(2, "fortnight", EN)).isEqualTo("every 2 fortnight");
    }

    @Test
    void french_has_its_own_plural_rule() {
        assertThat(words.every(1, "month", FR)).isEqualTo("tous les mois");
        assertThat(words.every(3, "month", FR)).isEqualTo("tous les 3 mois");
        assertThat(words.every(1, "week", FR)).isEqualTo("toutes les semaines");
        assertThat(words.every(2, "year", FR)).isEqualTo("tous les 2 ans");
        assertThat(words.every(1, "one-time", FR)).isEqualTo("une fois");
    }
}
