package io.accountsuite.gateway.language;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

import io.accountsuite.platform.language.LocalFormats;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Money and dates of the services' answers written for people in the page's language, for the templates
 * ({@code ${@formats.money(m.total, #locale)}}, {@code ${@formats.date(m.expiresOn, #locale)}}): {@code $30.00} /
 * {@code 30,00 $US}, {@code Jan 1, 2027} / {@code 1 janv. 2027} ({@link LocalFormats}). A value the services never
 * send (not a number, not a date) is shown as it came rather than failing the page.
 */
@Component("formats")
public class Formats {

    /** A money object of the API ({@code {"amount": "30.00", "currency": "USD"}}); empty for null. */
    public String money(@Nullable Object money, Locale locale) {
        if (!(money instanceof Map<?, ?> fields)) {
            return money == null ? "" : money.toString();
        }
        return money(fields.get("amount"), fields.get("currency"), locale);
    }

    /** {@code amount} (a decimal string) in {@code currency} (ISO 4217). */
    public String money(@Nullable Object amount, @Nullable Object currency, Locale locale) {
        if (amount == null || currency == null) {
            return amount == null ? "" : amount.toString();
        }
        try {
            return LocalFormats.money(amount.toString(), currency.toString(), locale);
        } catch (IllegalArgumentException unexpected) {
            return amount + " " + currency;
        }
    }

    /** A day ({@code "2027-01-01"}) or an instant's day in UTC ({@code "2027-01-01T10:00:00Z"}); empty for null. */
    public String date(@Nullable Object value, Locale locale) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        try {
            return text.length() <= 10 ? LocalFormats.date(LocalDate.parse(text), locale)
                    : LocalFormats.date(instant(text), locale);
        } catch (DateTimeParseException unexpected) {
            return text;
        }
    }

    /** An instant ({@code "2027-01-01T10:00:00Z"}) with its time, in UTC and said so; empty for null. */
    public String time(@Nullable Object value, Locale locale) {
        if (value == null) {
            return "";
        }
        try {
            return LocalFormats.time(instant(value.toString()), locale);
        } catch (DateTimeParseException unexpected) {
            return value.toString();
        }
    }

    private static Instant instant(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }
}
