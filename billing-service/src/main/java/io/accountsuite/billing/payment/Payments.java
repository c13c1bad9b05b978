package io.accountsuite.billing.payment;

import java.time.Clock;
import java.util.UUID;

import io.accountsuite.billing.BillingProblems;
import io.accountsuite.billing.invoice.Invoice;
import io.accountsuite.billing.invoice.InvoiceViews.AuditState;
import io.accountsuite.billing.invoice.Invoices;
import io.accountsuite.contracts.billing.BillingEvents;
import io.accountsuite.contracts.billing.BillingEvents.PaymentFailed;
import io.accountsuite.contracts.billing.BillingEvents.PaymentSucceeded;
import io.accountsuite.contracts.membership.MembershipEvents.Amount;
import io.accountsuite.platform.audit.AdminAudit;
import io.accountsuite.platform.outbox.Outbox;
import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.problem.Message;
import io.accountsuite.platform.problem.ProblemType;
import io.accountsuite.platform.security.Caller;
import io.accountsuite.platform.security.Ownership;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * "Pay now" and the admin's record of a manual payment. Only a payable invoice (something due, pending or failed)
 * can be paid; the outcome is recorded with the invoice's status and announced in one transaction.
 */
@Service
@RequiredArgsConstructor
public class Payments {

    private final Invoices invoices;
    private final PaymentMethod method;
    private final Outbox outbox;
    private final AdminAudit audit;
    private final TransactionalOperator tx;
    private final Clock clock;

    /** The invoice after an attempt, and, when it was declined, the problem to answer (402). */
    public record Attempt(Invoice invoice, ApiProblem declined) {
    }

    /**
     * "Pay now": charges a payable invoice of the caller's. A declined payment is an outcome, not an error: it is
     * committed (status failed, PaymentFailed) and answered as {@code declined}, so a retry with the same
     * idempotency key answers the same.
     *
     * @return the attempt; 404 for another customer's invoice, 409 {@code not-payable} for one with nothing due
     *         (paid, cancelled or superseded)
     */
    public Mono<Attempt> payNow(Caller caller, UUID invoiceId, String card) {
        return tx.transactional(invoices.lock(invoiceId)
                .transform(Ownership.ownedBy(caller, Invoice::customerId, "invoice"))
                .flatMap(this::requirePayable)
                .flatMap(invoice -> method.charge(invoice, card).flatMap(result -> switch (result.outcome()) {
                    case SUCCEEDED -> succeeded(invoice).map(paid -> new Attempt(paid, null));
                    case PENDING -> Mono.just(new Attempt(invoice, null));
                    case FAILED -> failed(invoice, result.reason()).map(failed -> new Attempt(failed,
                            BillingProblems.PAYMENT_FAILED.problem(Message.of("billing.payment.failed",
                                    Message.word("billing.payment.reason." + result.reason(), result.reason())))));
                })));
    }

    /**
     * An admin records a payment received outside the system (manual method), audited as
     * {@code invoice-marked-paid} in the same transaction.
     *
     * @return the paid invoice; 404 for an unknown invoice, 409 {@code not-payable} for one with nothing due
     */
    public Mono<Invoice> recordManualPayment(Caller admin, UUID invoiceId) {
        return tx.transactional(invoices.lock(invoiceId)
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("invoice")))
                .flatMap(this::requirePayable)
                .flatMap(invoice -> succeeded(invoice).flatMap(paid -> audit.record(admin, "invoice-marked-paid",
                        invoice.customerId(), "invoice " + invoice.number(), AuditState.of(invoice),
                        AuditState.of(paid)).thenReturn(paid))));
    }

    private Mono<Invoice> requirePayable(Invoice invoice) {
        return invoice.payable() ? Mono.just(invoice)
                : Mono.error(BillingProblems.NOT_PAYABLE.problem(Message.of(invoice.total().signum() == 0
                        ? "billing.invoice.not-payable-nothing-due" : "billing.invoice.not-payable", invoice.number(),
                        invoice.status().word())));
    }

    private Mono<Invoice> succeeded(Invoice invoice) {
        Invoice paid = invoice.paid(clock.instant());
        return invoices.updateStatus(paid)
                .then(invoices.recordPayment(invoice.id(), method.name(), "succeeded", null, invoice.total(),
                        clock.instant()))
                .then(outbox.append(BillingEvents.PAYMENT_SUCCEEDED, invoice.customerId(), invoice.id(),
                        new PaymentSucceeded(invoice.id(), invoice.membershipId(), invoice.purpose(), amount(invoice))))
                .thenReturn(paid);
    }

    private Mono<Invoice> failed(Invoice invoice, String reason) {
        Invoice failed = invoice.failed();
        return invoices.updateStatus(failed)
                .then(invoices.recordPayment(invoice.id(), method.name(), "failed", reason, invoice.total(),
                        clock.instant()))
                .then(outbox.append(BillingEvents.PAYMENT_FAILED, invoice.customerId(), invoice.id(),
                        new PaymentFailed(invoice.id(), invoice.membershipId(), invoice.purpose(), amount(invoice),
                                reason)))
                .thenReturn(failed);
    }

    private static Amount amount(Invoice invoice) {
        return new Amount(invoice.total().toPlainString(), invoice.currency());
    }
}
