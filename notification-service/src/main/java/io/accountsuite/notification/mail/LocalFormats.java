package io.accountsuite.notification.mail;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * Money, dates and times as the reader's language writes them (CLDR through the JDK): {@code $30.00},
 * {@code Jan 1, 2027}; times in UTC, said so.
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

    public static String time(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).withZone(ZoneOffset.UTC)
                .format(instant) + " UTC";
    }
}
