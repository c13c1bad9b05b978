package io.accountsuite.billing.invoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.accountsuite.billing.address.BillingAddress;
import io.accountsuite.billing.payment.Payments;
import io.accountsuite.billing.pdf.InvoicePdf;
import io.accountsuite.platform.idempotency.IdempotencyKeys;
import io.accountsuite.platform.idempotency.IdempotencyKeys.Answer;
import io.accountsuite.platform.security.Caller;
import io.accountsuite.platform.security.Ownership;
import jakarta.validation.constraints.Size;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The caller's invoices, their PDFs and "Pay now"; and the admin's record of a manual payment. */
@RestController
class InvoiceController {

    private final Invoices invoices;
    private final Payments payments;
    private final InvoicePdf pdf;
    private final IdempotencyKeys idempotency;

    InvoiceController(Invoices invoices, Payments payments, InvoicePdf pdf, IdempotencyKeys idempotency) {
        this.invoices = invoices;
        this.payments = payments;
        this.pdf = pdf;
        this.idempotency = idempotency;
    }

    record Money(String amount, String currency) {
        static Money of(BigDecimal amount, String currency) {
            return new Money(amount.toPlainString(), currency);
        }
    }

    record Summary(UUID id, String number, Instant issuedAt, String status, String purpose, UUID membershipId,
                   Money total, Money refunded, boolean payable) {
        static Summary of(Invoice i) {
            return new Summary(i.id(), i.number(), i.issuedAt(), i.status().value(), i.purpose(), i.membershipId(),
                    Money.of(i.total(), i.currency()), Money.of(i.refunded(), i.currency()), i.payable());
        }
    }

    record Detail(UUID id, String number, Instant issuedAt, Instant paidAt, String status, String purpose,
                  UUID membershipId, Money total, Money refunded, boolean payable, BillingAddress address,
                  List<Map<String, Object>> lines) {
        static Detail of(Invoice i) {
            return new Detail(i.id(), i.number(), i.issuedAt(), i.paidAt(), i.status().value(), i.purpose(),
                    i.membershipId(), Money.of(i.total(), i.currency()), Money.of(i.refunded(), i.currency()),
                    i.payable(), i.address(),
                    i.lines().stream().map(l -> Map.<String, Object>of("type", l.type(), "description",
                            l.description(), "quantity", l.quantity(), "amount", Money.of(l.amount(), i.currency())))
                            .toList());
        }
    }

    record PaymentRequest(@Size(max = 30) String card) {
    }

    @GetMapping("/api/billing/invoices")
    Flux<Summary> list(Caller caller) {
        return invoices.ofCustomer(caller.customerId()).map(Summary::of);
    }

    @GetMapping("/api/billing/invoices/{id}")
    Mono<Detail> one(@PathVariable UUID id, Caller caller) {
        return owned(caller, id).map(Detail::of);
    }

    @GetMapping("/api/billing/invoices/{id}/pdf")
    Mono<ResponseEntity<byte[]>> pdf(@PathVariable UUID id, Caller caller) {
        return owned(caller, id).map(invoice -> ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(invoice.number() + ".pdf").build().toString())
                .body(pdf.render(invoice)));
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

    /** The customer's account credit, per currency where there is some: it pays their next invoices first. */
    @GetMapping("/api/billing/account-credit")
    Flux<Money> credit(Caller caller) {
        return invoices.creditsOf(caller.customerId()).map(e -> Money.of(e.getValue(), e.getKey()));
    }

    @PostMapping("/api/admin/invoices/{id}/paid")
    Mono<Detail> recordPayment(@PathVariable UUID id) {
        return payments.recordManualPayment(id).map(Detail::of);
    }

    private Mono<Invoice> owned(Caller caller, UUID id) {
        return invoices.find(id).transform(Ownership.ownedBy(caller, Invoice::customerId, "invoice"));
    }
}
