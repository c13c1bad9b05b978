package io.accountsuite.billing.pdf;

import java.util.UUID;

import io.accountsuite.billing.invoice.Invoices;
import io.accountsuite.platform.security.Caller;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The caller's invoice as a PDF download, in the request's language ({@code Accept-Language}: en or fr). */
@RestController
@RequiredArgsConstructor
class InvoicePdfController {

    private final Invoices invoices;
    private final InvoicePdf pdf;

    /**
     * Downloads one of the caller's invoices as a PDF.
     *
     * {@code application/pdf}, as an attachment named after the invoice number ({@code INV-2026-000123.pdf}), in the
     * request's language ({@code Accept-Language}: en or fr).
     */
    @GetMapping("/api/billing/invoices/{id}/pdf")
    Mono<ResponseEntity<byte[]>> pdf(@PathVariable UUID id, Caller caller, ServerWebExchange exchange) {
        return invoices.owned(caller, id).map(invoice -> ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(invoice.number() + ".pdf").build().toString())
                .body(pdf.render(invoice, InvoicePdf.readerOf(exchange))));
    }
}
