package io.accountsuite.billing.pdf;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.accountsuite.billing.address.BillingAddress;
import io.accountsuite.billing.invoice.Invoice;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * The invoice and the credit note as PDFs: network, number and date, the address it was issued to, lines, total and
 * status, in the reader's language ({@code en} or {@code fr}, from the request's {@code Accept-Language}: issue 21).
 * Every word comes from the {@code pdf/messages} bundle ({@link PdfWords}), a line's too (its type and reason, the
 * product's name or coupon's code as argument); what the customer or the catalog wrote (address, product names, a
 * refund's reason) is printed as written, and so is an old line's English description.
 */
@Component
public class InvoicePdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
    private static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font NORMAL = new Font(Font.HELVETICA, 10, Font.NORMAL);

    private final String network;

    public InvoicePdf(PdfSettings settings) {
        this.network = settings.networkName();
    }

    /**
     * The language a request wants its PDF in: French when its {@code Accept-Language} best matches {@code fr},
     * else English.
     */
    public static Locale readerOf(ServerWebExchange exchange) {
        return PdfWords.readerOf(exchange);
    }

    /** The invoice as a PDF written in {@code locale} (French for {@code fr}, else English). */
    public byte[] render(Invoice invoice, Locale locale) {
        PdfWords words = new PdfWords(locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(document, out);
        document.addTitle(words.text("invoice.title", invoice.number()));
        document.open();
        document.add(new Paragraph(network, BOLD));
        document.add(new Paragraph(words.text("invoice.title", invoice.number()), TITLE));
        document.add(new Paragraph(words.text("invoice.issued", words.date(invoice.issuedAt()),
                words.text("status." + invoice.status().value())), NORMAL));
        document.add(new Paragraph(" "));
        document.add(new Paragraph(words.text("invoice.billed-to"), BOLD));
        addressLines(invoice.address(), words).forEach(line -> document.add(new Paragraph(line, NORMAL)));
        document.add(new Paragraph(" "));
        document.add(lines(invoice, words));
        document.close();
        return out.toByteArray();
    }

    /**
     * A credit note written in {@code locale}: its number, the invoice it refunds, the address that invoice was
     * issued to, amount and why.
     */
    public byte[] renderCreditNote(String number, String invoiceNumber, Instant issuedAt,
                                   BillingAddress address, BigDecimal amount, String currency,
                                   String reason, Locale locale) {
        PdfWords words = new PdfWords(locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(document, out);
        document.addTitle(words.text("credit-note.title", number));
        document.open();
        document.add(new Paragraph(network, BOLD));
        document.add(new Paragraph(words.text("credit-note.title", number), TITLE));
        document.add(new Paragraph(words.text("credit-note.issued", words.date(issuedAt), invoiceNumber), NORMAL));
        document.add(new Paragraph(" "));
        document.add(new Paragraph(words.text("credit-note.credited-to"), BOLD));
        addressLines(address, words).forEach(line -> document.add(new Paragraph(line, NORMAL)));
        document.add(new Paragraph(" "));
        PdfPTable table = new PdfPTable(new float[] {6, 2});
        table.setWidthPercentage(100);
        cell(table, words.text("column.reason"), BOLD, Element.ALIGN_LEFT);
        cell(table, words.text("column.amount"), BOLD, Element.ALIGN_RIGHT);
        cell(table, reason, NORMAL, Element.ALIGN_LEFT);
        cell(table, words.money(amount, currency), NORMAL, Element.ALIGN_RIGHT);
        cell(table, words.text("credit-note.total"), BOLD, Element.ALIGN_LEFT);
        cell(table, words.money(amount, currency), BOLD, Element.ALIGN_RIGHT);
        document.add(table);
        document.close();
        return out.toByteArray();
    }

    private static PdfPTable lines(Invoice invoice, PdfWords words) {
        PdfPTable table = new PdfPTable(new float[] {5, 1, 2});
        table.setWidthPercentage(100);
        cell(table, words.text("column.description"), BOLD, Element.ALIGN_LEFT);
        cell(table, words.text("column.quantity"), BOLD, Element.ALIGN_RIGHT);
        cell(table, words.text("column.amount"), BOLD, Element.ALIGN_RIGHT);
        for (Invoice.Line line : invoice.lines()) {
            cell(table, words.line(line), NORMAL, Element.ALIGN_LEFT);
            cell(table, Integer.toString(line.quantity()), NORMAL, Element.ALIGN_RIGHT);
            cell(table, words.money(line.amount(), invoice.currency()), NORMAL, Element.ALIGN_RIGHT);
        }
        cell(table, words.text("total"), BOLD, Element.ALIGN_LEFT);
        cell(table, "", BOLD, Element.ALIGN_RIGHT);
        cell(table, words.money(invoice.total(), invoice.currency()), BOLD, Element.ALIGN_RIGHT);
        return table;
    }

    private static void cell(PdfPTable table, String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(4);
        table.addCell(cell);
    }

    private static List<String> addressLines(@Nullable BillingAddress a, PdfWords words) {
        List<String> lines = new ArrayList<>();
        if (a == null) {
            lines.add(words.text("address.none"));
            return lines;
        }
        if (a.companyName() != null) {
            lines.add(a.companyName());
        }
        lines.add(a.line1());
        if (a.line2() != null) {
            lines.add(a.line2());
        }
        lines.add(String.join(" ", Stream.of(a.postalCode(), a.city(), a.region())
                .filter(Objects::nonNull).toList()));
        lines.add(a.country());
        if (a.vatNumber() != null) {
            lines.add(words.text("address.vat", a.vatNumber()));
        }
        lines.add(a.email());
        return lines;
    }
}
