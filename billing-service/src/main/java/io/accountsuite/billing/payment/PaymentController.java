package io.accountsuite.billing.payment;

import java.util.UUID;

import io.accountsuite.billing.invoice.Invoice;
import io.accountsuite.billing.invoice.InvoiceViews.Detail;
import io.accountsuite.platform.idempotency.IdempotencyKeys;
import io.accountsuite.platform.idempotency.IdempotencyKeys.Answer;
import io.accountsuite.platform.security.Caller;
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

    /** Pay now; 200 when paid, 202 when the method completes later (manual), 402 declined. Idempotency-Key. */
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

    @PostMapping("/api/admin/invoices/{id}/paid")
    Mono<Detail> recordPayment(@PathVariable UUID id, Caller admin) {
        return payments.recordManualPayment(admin, id).map(Detail::of);
    }
}
