package io.accountsuite.billing.pdf;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
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
import org.springframework.stereotype.Component;

/** The invoice as a PDF: network, number and date, the address it was issued to, lines, total and status. */
@Component
public class InvoicePdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
    private static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font NORMAL = new Font(Font.HELVETICA, 10, Font.NORMAL);

    private final String network;

    public InvoicePdf(PdfSettings settings) {
        this.network = settings.networkName();
    }

    public byte[] render(Invoice invoice) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(document, out);
        document.addTitle("Invoice " + invoice.number());
        document.open();
        document.add(new Paragraph(network, BOLD));
        document.add(new Paragraph("Invoice " + invoice.number(), TITLE));
        document.add(new Paragraph("Issued " + DATE.format(invoice.issuedAt()) + " · Status: "
                + invoice.status().value(), NORMAL));
        document.add(new Paragraph(" "));
        document.add(new Paragraph("Billed to", BOLD));
        addressLines(invoice.address()).forEach(line -> document.add(new Paragraph(line, NORMAL)));
        document.add(new Paragraph(" "));
        document.add(lines(invoice));
        document.close();
        return out.toByteArray();
    }

    /** A credit note: its number, the invoice it refunds, the address that invoice was issued to, amount and why. */
    public byte[] renderCreditNote(String number, String invoiceNumber, Instant issuedAt,
                                   BillingAddress address, BigDecimal amount, String currency,
                                   String reason) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(document, out);
        document.addTitle("Credit note " + number);
        document.open();
        document.add(new Paragraph(network, BOLD));
        document.add(new Paragraph("Credit note " + number, TITLE));
        document.add(new Paragraph("Issued " + DATE.format(issuedAt) + " · Refunds invoice " + invoiceNumber, NORMAL));
        document.add(new Paragraph(" "));
        document.add(new Paragraph("Credited to", BOLD));
        addressLines(address).forEach(line -> document.add(new Paragraph(line, NORMAL)));
        document.add(new Paragraph(" "));
        PdfPTable table = new PdfPTable(new float[] {6, 2});
        table.setWidthPercentage(100);
        cell(table, "Reason", BOLD, Element.ALIGN_LEFT);
        cell(table, "Amount", BOLD, Element.ALIGN_RIGHT);
        cell(table, reason, NORMAL, Element.ALIGN_LEFT);
        cell(table, amount.toPlainString() + " " + currency, NORMAL, Element.ALIGN_RIGHT);
        cell(table, "Total credited", BOLD, Element.ALIGN_LEFT);
        cell(table, amount.toPlainString() + " " + currency, BOLD, Element.ALIGN_RIGHT);
        document.add(table);
        document.close();
        return out.toByteArray();
    }

    private static PdfPTable lines(Invoice invoice) {
        PdfPTable table = new PdfPTable(new float[] {5, 1, 2});
        table.setWidthPercentage(100);
        cell(table, "Description", BOLD, Element.ALIGN_LEFT);
        cell(table, "Qty", BOLD, Element.ALIGN_RIGHT);
        cell(table, "Amount", BOLD, Element.ALIGN_RIGHT);
        for (Invoice.Line line : invoice.lines()) {
            cell(table, line.description(), NORMAL, Element.ALIGN_LEFT);
            cell(table, Integer.toString(line.quantity()), NORMAL, Element.ALIGN_RIGHT);
            cell(table, line.amount().toPlainString() + " " + invoice.currency(), NORMAL, Element.ALIGN_RIGHT);
        }
        cell(table, "Total", BOLD, Element.ALIGN_LEFT);
        cell(table, "", BOLD, Element.ALIGN_RIGHT);
        cell(table, invoice.total().toPlainString() + " " + invoice.currency(), BOLD, Element.ALIGN_RIGHT);
        return table;
    }

    private static void cell(PdfPTable table, String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(4);
        table.addCell(cell);
    }

    private static List<String> addressLines(BillingAddress a) {
        List<String> lines = new ArrayList<>();
        if (a == null) {
            lines.add("(no billing address on file)");
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
            lines.add("VAT " + a.vatNumber());
        }
        lines.add(a.email());
        return lines;
    }
}
