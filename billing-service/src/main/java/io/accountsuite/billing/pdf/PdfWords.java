package io.accountsuite.billing.pdf;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import io.accountsuite.billing.invoice.Invoice;
import io.accountsuite.platform.language.Languages;
import io.accountsuite.platform.language.LocalFormats;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;

/**
 * The words, money and dates of one PDF in its reader's language (issue 21): words from the {@code pdf/messages}
 * bundle (UTF-8, never the JVM's locale), money and dates as CLDR writes them through the JDK: {@code $30.00},
 * {@code Jan 1, 2027} in English; {@code 30,00 $US}, {@code 1 janv. 2027} in French. Dates are days in UTC.
 */
final class PdfWords {

    private static final ResourceBundleMessageSource BUNDLE = bundle();
    /** The credits' reasons with words of their own ({@code line.credit.<reason>}); see {@link Invoice.Line}. */
    static final Set<String> CREDIT_REASONS = Set.of("unused-time", "setup-fee-paid", Invoice.Line.ACCOUNT_CREDIT,
            Invoice.Line.CARRIED_TO_CREDIT);

    private final Locale locale;

    PdfWords(Locale locale) {
        this.locale = locale;
    }

    /**
     * The best match of the request's {@code Accept-Language} among the suite's languages (the gateway sends
     * {@code en} or {@code fr}; {@code fr-CA} reads French); English when it is missing, malformed or names neither.
     */
    static Locale readerOf(ServerWebExchange exchange) {
        return Languages.bestMatch(exchange.getRequest().getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE));
    }

    String text(String key, Object... args) {
        return BUNDLE.getMessage(key, args, locale);
    }

    /**
     * An invoice line in the reader's words, from its type, subject and reason (issue 21): a product line is its
     * subject (the product's name, as the catalog writes it), a fee {@code line.fee}, a discount
     * {@code line.discount}, a credit {@code line.credit.<reason>}, each with the subject as {@code {0}}. A line
     * without them (stored before issue 21) or with a reason this bundle does not know prints its English
     * {@code description}, as before.
     */
    String line(Invoice.Line line) {
        String subject = line.subject();
        String reason = line.reason();
        return switch (line.type()) {
            case "product" -> subject != null ? subject : line.description();
            case "fee", "discount" -> subject != null ? text("line." + line.type(), subject) : line.description();
            case "credit" -> reason != null && CREDIT_REASONS.contains(reason)
                    ? text("line.credit." + reason, subject) : line.description();
            default -> line.description();
        };
    }

    /**
     * {@code amount} in {@code currency} (ISO 4217). French groups thousands with a narrow no-break space (U+202F),
     * which the PDF's standard fonts (WinAnsi) lack: it is written as a no-break space (U+00A0).
     */
    String money(BigDecimal amount, String currency) {
        return LocalFormats.money(amount.toPlainString(), currency, locale).replace('\u202f', '\u00a0');
    }

    /** The day of {@code instant} in UTC. */
    String date(Instant instant) {
        return LocalFormats.date(instant, locale);
    }

    private static ResourceBundleMessageSource bundle() {
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBasename("pdf/messages");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        bundle.setAlwaysUseMessageFormat(true);
        return bundle;
    }
}
