package io.accountsuite.billing.payment;

import java.util.UUID;

import io.accountsuite.billing.invoice.Invoice;
import io.accountsuite.billing.invoice.InvoiceViews.Detail;
import io.accountsuite.platform.idempotency.IdempotencyKeys;
import io.accountsuite.platform.idempotency.IdempotencyKeys.Answer;
import io.accountsuite.platform.security.Caller;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Size;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** "Pay now" for the caller's invoices, and the admin's record of a payment received outside the system. */
@RestController
@RequiredArgsConstructor
class PaymentController {

    private final Payments payments;
    private final IdempotencyKeys idempotency;

    record PaymentRequest(@Size(max = 30) String card) {
    }

    /**
     * Pays one of the caller's invoices now ("Pay now"), with an optional test card number.
     *
     * 200 with the paid invoice; 202 with the invoice still pending when the payment method completes later (manual:
     * an admin records the payment); 402 {@code payment-failed} when the payment is declined (the invoice is then
     * failed and can be paid again). Takes an {@code Idempotency-Key}: the same key answers the first answer again,
     * a decline included (API.md "Idempotency keys").
     */
    @ApiResponse(responseCode = "200", description = "Paid: the invoice, completed",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Detail.class)))
    @ApiResponse(responseCode = "202", description = "The payment completes later (manual method): the invoice, "
            + "still pending",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Detail.class)))
    @ApiResponse(responseCode = "402", description = "payment-failed: the payment was declined; the invoice is failed")
    @ApiResponse(responseCode = "409", description = "not-payable: the invoice has nothing due (paid, refunded, "
            + "cancelled or zero)")
    @PostMapping("/api/billing/invoices/{id}/payment")
    Mono<ResponseEntity<byte[]>> pay(@PathVariable UUID id, @RequestBody(required = false) PaymentRequest body,
                                     Caller caller,
                                     @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String key,
                                     ServerHttpRequest request) {
        PaymentRequest payment = body == null ? new PaymentRequest(null) : body;
        return idempotency.once(caller.customerId(), key, request, payment, () ->
                payments.payNow(caller, id, payment.card()).map(attempt -> attempt.declined() != null
                        ? Answer.problem(attempt.declined())
                        : Answer.of(attempt.invoice().status() == Invoice.Status.COMPLETED ? HttpStatus.OK
                        : HttpStatus.ACCEPTED, Detail.of(attempt.invoice()))));
    }

    /**
     * Records a payment received outside the system for an invoice (role admin).
     *
     * Takes exactly the invoices with something due (pending or failed); audited as {@code invoice-marked-paid}.
     */
    @ApiResponse(responseCode = "200", description = "The paid invoice")
    @ApiResponse(responseCode = "409", description = "not-payable: the invoice has nothing due")
    @PostMapping("/api/admin/invoices/{id}/paid")
    Mono<Detail> recordPayment(@PathVariable UUID id, Caller admin) {
        return payments.recordManualPayment(admin, id).map(Detail::of);
    }
}
