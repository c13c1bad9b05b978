package io.accountsuite.billing.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.accountsuite.billing.address.BillingAddress;
import io.accountsuite.billing.invoice.Invoice;
import io.accountsuite.testkit.MessageBundles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

/** The PDFs in both languages (issue 21), and their bundles: every key in both, with the same arguments. */
class InvoicePdfTest {

    private static final Instant NEW_YEAR = Instant.parse("2027-01-01T10:00:00Z");
    private static final BillingAddress ADDRESS = new BillingAddress(UUID.randomUUID(), "Ann's Bakery",
            "billing@annsbakery.example", "1 Flour Street", null, "Lyon", null, "69001", "FR", "FR40303265045");

    private final InvoicePdf pdf = new InvoicePdf(new PdfSettings("Sites Network"));
    private final Properties english = load("pdf/messages.properties");
    private final Properties french = load("pdf/messages_fr.properties");

    @Test
    void a_french_invoice_reads_french_with_french_money_and_dates() throws IOException {
        String text = spaced(text(pdf.render(invoice(), Locale.FRENCH)));

        assertThat(text).contains("Facture INV-2027-000001").contains("Émise le 1 janv. 2027")
                .contains("Statut : en attente").contains("Facturé à").contains("N° TVA FR40303265045")
                .contains("Montant").contains("Qté").contains("30,00 $US").contains("1 234,50 $US")
                .contains("Ann's Bakery").doesNotContain("Invoice").doesNotContain("Issued");
    }

    @Test
    void an_english_invoice_reads_english() throws IOException {
        String text = text(pdf.render(invoice(), Locale.ENGLISH));

        assertThat(text).contains("Invoice INV-2027-000001").contains("Issued Jan 1, 2027").contains("Status: pending")
                .contains("Billed to").contains("VAT FR40303265045").contains("$30.00").contains("$1,234.50");
    }

    @Test
    void a_french_credit_note_reads_french() throws IOException {
        String text = spaced(text(pdf.renderCreditNote("CN-2027-000001", "INV-2027-000001", NEW_YEAR, null,
                new BigDecimal("25.00"), "USD", "Geste commercial", Locale.FRENCH)));

        assertThat(text).contains("Avoir CN-2027-000001").contains("Rembourse la facture INV-2027-000001")
                .contains("(aucune adresse de facturation enregistrée)").contains("Motif").contains("Total crédité")
                .contains("25,00 $US").contains("Geste commercial");
    }

    @ParameterizedTest
    @CsvSource({"fr, fr", "'fr-CA,fr;q=0.9', fr", "en, en", "de, en", "'de,fr;q=0.5', fr", "'', en", "'@@@', en"})
    void the_reader_language_is_the_best_match_of_accept_language(String header, String language) {
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/")
                .header(HttpHeaders.ACCEPT_LANGUAGE, header));
        assertThat(InvoicePdf.readerOf(exchange).getLanguage()).isEqualTo(language);
        assertThat(InvoicePdf.readerOf(MockServerWebExchange.from(MockServerHttpRequest.get("/"))).getLanguage())
                .isEqualTo("en");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "product  | Basic     |                   | Basic                     | Basic",
        "fee      | Basic     |                   | Setup fee: Basic          | Frais de mise en service : Basic",
        "discount | WELCOME10 |                   | Coupon WELCOME10          | Code promo WELCOME10",
        "credit   | Basic     | unused-time       | Unused time on Basic      | Temps non utilisé sur Basic",
        "credit   |           | setup-fee-paid    | Setup fee already paid    | Frais de mise en service déjà payés",
        "credit   |           | account-credit    | Account credit            | Crédit du compte",
        "credit   |           | carried-to-credit | Carried to account credit | Reporté au crédit du compte"})
    void each_kind_of_line_is_worded_in_the_readers_language(String type, String subject, String reason,
                                                             String english, String french) {
        Invoice.Line line = new Invoice.Line(type, "as stored", 1, BigDecimal.ONE, subject, reason);

        assertThat(new PdfWords(Locale.ENGLISH).line(line)).isEqualTo(english);
        assertThat(spaced(new PdfWords(Locale.FRENCH).line(line))).isEqualTo(french);
    }

    @Test
    void a_line_without_its_words_parts_prints_its_description_as_before() {
        PdfWords french = new PdfWords(Locale.FRENCH);

        assertThat(french.line(new Invoice.Line("fee", "Setup fee: Basic", 1, BigDecimal.ONE, null, null)))
                .isEqualTo("Setup fee: Basic");
        assertThat(french.line(new Invoice.Line("credit", "Goodwill", 1, BigDecimal.ONE, null, "goodwill")))
                .isEqualTo("Goodwill");
        assertThat(french.line(new Invoice.Line("credit", "Old credit", 1, BigDecimal.ONE, null, null)))
                .isEqualTo("Old credit");
        assertThat(french.line(new Invoice.Line("product", "Ann's plan", 1, BigDecimal.ONE, null, null)))
                .isEqualTo("Ann's plan");
    }

    @Test
    void a_french_invoice_words_its_lines_in_french() throws IOException {
        Invoice invoice = new Invoice(UUID.randomUUID(), "INV-2027-000002", UUID.randomUUID(), UUID.randomUUID(),
                "upgrade", Invoice.Status.PENDING, "USD", new BigDecimal("41.67"), NEW_YEAR, null, ADDRESS,
                List.of(new Invoice.Line("product", "Pro", 1, new BigDecimal("30.00"), "Pro", null),
                        new Invoice.Line("fee", "Setup fee: Pro", 1, new BigDecimal("20.00"), "Pro", null),
                        new Invoice.Line("credit", "Unused time on Basic", 1, new BigDecimal("-3.33"), "Basic",
                                "unused-time"),
                        new Invoice.Line("credit", "Setup fee already paid", 1, new BigDecimal("-5.00"), null,
                                "setup-fee-paid"),
                        new Invoice.Line("discount", "Coupon OLD", 1, BigDecimal.ZERO, null, null)),
                BigDecimal.ZERO);

        String text = spaced(text(pdf.render(invoice, Locale.FRENCH)));

        assertThat(text).contains("Frais de mise en service : Pro").contains("Temps non utilisé sur Basic")
                .contains("Frais de mise en service déjà payés").contains("Coupon OLD")
                .doesNotContain("Setup fee").doesNotContain("Unused time");
    }

    @Test
    void both_languages_have_the_same_keys_and_arguments() {
        MessageBundles.assertFormatBundle("pdf/messages");
    }

    @ParameterizedTest
    @EnumSource(Invoice.Status.class)
    void every_status_has_its_words(Invoice.Status status) {
        assertThat(english).containsKey("status." + status.value());
        assertThat(french).containsKey("status." + status.value());
    }

    private static Invoice invoice() {
        return new Invoice(UUID.randomUUID(), "INV-2027-000001", UUID.randomUUID(), UUID.randomUUID(), "initial",
                Invoice.Status.PENDING, "USD", new BigDecimal("1264.50"), NEW_YEAR, null, ADDRESS,
                List.of(new Invoice.Line("product", "Basic", 1, new BigDecimal("30.00"), "Basic", null),
                        new Invoice.Line("fee", "Setup", 1, new BigDecimal("1234.50"), null, null)),
                BigDecimal.ZERO);
    }

    private static String text(byte[] document) throws IOException {
        return new PdfTextExtractor(new PdfReader(document)).getTextFromPage(1);
    }

    /**
     * CLDR's French separates with no-break spaces (U+00A0, U+202F), as do the French words: read as plain ones, and
     * as one, since the text extractor adds a space of its own beside each.
     */
    static String spaced(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll(" {2,}", " ");
    }

    private static Properties load(String resource) {
        Properties words = new Properties();
        try (InputStream in = InvoicePdfTest.class.getClassLoader().getResourceAsStream(resource)) {
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(resource, e);
        }
        return words;
    }
}
