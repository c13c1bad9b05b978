package io.accountsuite.billing.refund;

import java.math.BigDecimal;
import java.util.UUID;

import io.accountsuite.billing.invoice.Invoices;
import io.accountsuite.billing.pdf.InvoicePdf;
import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.security.Caller;
import io.accountsuite.platform.security.Ownership;
import io.accountsuite.platform.validation.SingleLine;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The admin's refunds, and the customer's credit notes with their PDFs. */
@RestController
@RequiredArgsConstructor
class RefundController {

    private final Refunds refunds;
    private final CreditNotes notes;
    private final Invoices invoices;
    private final InvoicePdf pdf;

    /** A refund: the amount as a decimal string in the invoice's currency, and why (shown on the credit note). */
    record RefundRequest(@NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 13, fraction = 4)
                         BigDecimal amount, @NotBlank @Size(max = 500) @SingleLine String reason) {
    }

    /**
     * Refunds part or all of an invoice's payment, issuing a credit note (role admin).
     *
     * {@code amount}: a decimal string in the invoice's currency, more than zero and no more than what was paid and not
     * yet refunded; {@code reason}: one line shown on the credit note. 201 with the credit note.
     */
    @ApiResponse(responseCode = "409", description = "not-refundable: the invoice has no payment left to refund; "
            + "refund-exceeds-payment: the amount is more than what can still be refunded")
    @PostMapping("/api/admin/invoices/{id}/refunds")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<CreditNoteView> refund(@PathVariable UUID id, @Valid @RequestBody RefundRequest body, Caller admin) {
        return refunds.refund(admin, id, body.amount(), body.reason().strip()).map(CreditNoteView::of);
    }

    /**
     * Lists an invoice's credit notes (role admin).
     *
     * 404 for an invoice that does not exist (API.md), not an empty list.
     */
    @GetMapping("/api/admin/invoices/{id}/credit-notes")
    Flux<CreditNoteView> ofInvoice(@PathVariable UUID id) {
        return invoices.find(id).switchIfEmpty(Mono.error(() -> ApiProblem.notFound("invoice")))
                .thenMany(notes.ofInvoice(id)).map(CreditNoteView::of);
    }

    /**
     * Lists the caller's credit notes, newest first.
     *
     * Each names its invoice; the amount refunded as {@code {amount, currency}}, the amount a decimal string.
     */
    @GetMapping("/api/billing/credit-notes")
    Flux<CreditNoteView> mine(Caller caller) {
        return notes.ofCustomer(caller.customerId()).map(CreditNoteView::of);
    }

    /**
     * Downloads one of the caller's credit notes as a PDF.
     *
     * {@code application/pdf}, as an attachment named after the credit note number ({@code CN-2026-000001.pdf}), in
     * the request's language ({@code Accept-Language}: en or fr).
     */
    @GetMapping("/api/billing/credit-notes/{id}/pdf")
    Mono<ResponseEntity<byte[]>> pdf(@PathVariable UUID id, Caller caller, ServerWebExchange exchange) {
        return notes.find(id).transform(Ownership.ownedBy(caller, CreditNote::customerId, "credit note"))
                .map(note -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename(note.number() + ".pdf").build().toString())
                        .body(pdf.renderCreditNote(note.number(), note.invoiceNumber(), note.issuedAt(),
                                note.address(), note.amount(), note.currency(), note.reason(),
                                InvoicePdf.readerOf(exchange))));
    }
}
