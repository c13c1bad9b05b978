package io.accountsuite.platform.language;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * Money, dates and times as a language writes them (CLDR through the JDK): {@code $30.00} / {@code 30,00 $US},
 * {@code Jan 1, 2027} / {@code 1 janv. 2027}; times in UTC, said so. Amounts stay decimal strings everywhere else
 * (API.md); this is only for people.
 */
public final class LocalFormats {

    private LocalFormats() {
    }

    /**
     * {@code amount} (a decimal string, "30.00") in {@code currency} (ISO 4217, "USD") with the currency's own
     * number of decimals.
     *
     * @throws IllegalArgumentException when the amount is not a number or the currency not an ISO 4217 code
     */
    public static String money(String amount, String currency, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance(currency));
        return format.format(new BigDecimal(amount));
    }

    /** A day, medium length: {@code Jan 1, 2027}, {@code 1 janv. 2027}. */
    public static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** An instant's day in UTC, medium length. */
    public static String date(Instant instant, Locale locale) {
        return date(LocalDate.ofInstant(instant, ZoneOffset.UTC), locale);
    }

    /**
     * An instant, medium length, in UTC followed by the zone's short name in {@code locale}:
     * {@code Jan 1, 2027, 9:30:00 AM UTC}, {@code 1 janv. 2027, 09:30:00 UTC}.
     */
    public static String time(Instant instant, Locale locale) {
        return new DateTimeFormatterBuilder().appendLocalized(FormatStyle.MEDIUM, FormatStyle.MEDIUM)
                .appendLiteral(' ').appendZoneText(TextStyle.SHORT).toFormatter(locale)
                .withZone(ZoneId.of("UTC")).format(instant);
    }
}
