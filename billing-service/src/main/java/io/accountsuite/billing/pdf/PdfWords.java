package io.accountsuite.billing.pdf;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.i18n.AcceptHeaderLocaleContextResolver;

/**
 * The words, money and dates of one PDF in its reader's language (issue 21): words from the {@code pdf/messages}
 * bundle (UTF-8, never the JVM's locale), money and dates as CLDR writes them through the JDK: {@code $30.00},
 * {@code Jan 1, 2027} in English; {@code 30,00 $US}, {@code 1 janv. 2027} in French. Dates are days in UTC.
 */
final class PdfWords {

    /** The languages a PDF is written in; English for any other. */
    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH);

    private static final ResourceBundleMessageSource BUNDLE = bundle();
    private static final AcceptHeaderLocaleContextResolver READERS = readers();

    private final Locale locale;

    PdfWords(Locale locale) {
        this.locale = locale;
    }

    /**
     * The best match of the request's {@code Accept-Language} among {@link #LANGUAGES} (the gateway sends {@code en}
     * or {@code fr}; {@code fr-CA} reads French); English when it is missing, malformed or names neither.
     */
    static Locale readerOf(ServerWebExchange exchange) {
        Locale requested = READERS.resolveLocaleContext(exchange).getLocale();
        return requested != null && requested.getLanguage().equals("fr") ? Locale.FRENCH : Locale.ENGLISH;
    }

    String text(String key, Object... args) {
        return BUNDLE.getMessage(key, args, locale);
    }

    /**
     * {@code amount} in {@code currency} (ISO 4217). French groups thousands with a narrow no-break space (U+202F),
     * which the PDF's standard fonts (WinAnsi) lack: it is written as a no-break space (U+00A0).
     */
    String money(BigDecimal amount, String currency) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance(currency));
        return format.format(amount).replace('\u202f', '\u00a0');
    }

    /** The day of {@code instant} in UTC. */
    String date(Instant instant) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                .format(instant.atZone(ZoneOffset.UTC).toLocalDate());
    }

    private static ResourceBundleMessageSource bundle() {
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBasename("pdf/messages");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        bundle.setAlwaysUseMessageFormat(true);
        return bundle;
    }

    private static AcceptHeaderLocaleContextResolver readers() {
        AcceptHeaderLocaleContextResolver readers = new AcceptHeaderLocaleContextResolver();
        readers.setSupportedLocales(LANGUAGES);
        readers.setDefaultLocale(Locale.ENGLISH);
        return readers;
    }
}
