package io.accountsuite.notification.mail;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * Money, dates and times as the reader's language writes them (CLDR through the JDK): {@code $30.00},
 * {@code Jan 1, 2027} in English, {@code 30,00 $US}, {@code 1 janv. 2027} in French; times in UTC, said so in the
 * reader's language. The locale is always given: nothing here reads the JVM's default.
 */
public final class LocalFormats {

    private LocalFormats() {
    }

    /** {@code amount} (a decimal string, "30.00") in {@code currency} (ISO 4217, "USD"). */
    public static String money(String amount, String currency, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance(currency));
        return format.format(new BigDecimal(amount));
    }

    public static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** The date and time in UTC, followed by the zone's short name in {@code locale} ("UTC"). */
    public static String time(Instant instant, Locale locale) {
        return new DateTimeFormatterBuilder().appendLocalized(FormatStyle.MEDIUM, FormatStyle.MEDIUM)
                .appendLiteral(' ').appendZoneText(TextStyle.SHORT).toFormatter(locale)
                .withZone(ZoneId.of("UTC")).format(instant);
    }
}
