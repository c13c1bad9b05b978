package io.accountsuite.platform.language;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalFormatsTest {

    @Test
    void money_and_dates_are_written_as_the_reader_language_writes_them() {
        assertThat(LocalFormats.money("30.00", "USD", Locale.ENGLISH)).isEqualTo("$30.00");
        assertThat(LocalFormats.money("1234.5", "EUR", Locale.ENGLISH)).isEqualTo("€1,234.50");
        assertThat(LocalFormats.date(LocalDate.of(2027, 1, 1), Locale.ENGLISH)).isEqualTo("Jan 1, 2027");
        assertThat(LocalFormats.time(Instant.parse("2026-11-30T21:05:00Z"), Locale.ENGLISH))
                .startsWith("Nov 30, 2026").endsWith(" UTC");
    }

    @Test
    void in_french_too_compared_with_the_jdk_own_spaces() {
        assertThat(spaced(LocalFormats.money("30.00", "USD", Locale.FRENCH))).isEqualTo("30,00 $US");
        assertThat(LocalFormats.date(LocalDate.of(2027, 1, 1), Locale.FRENCH)).isEqualTo("1 janv. 2027");
        assertThat(spaced(LocalFormats.time(Instant.parse("2026-11-30T21:05:00Z"), Locale.FRENCH)))
                .isEqualTo("30 nov. 2026, 21:05:00 UTC");
    }

    /** CLDR's French separates with non-breaking spaces (U+00A0, U+202F): read as plain ones. */
    static String spaced(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
