package io.accountsuite.billing.refund;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.UUID;

import io.accountsuite.billing.BillingProblems;
import io.accountsuite.billing.invoice.Invoice;
import io.accountsuite.billing.invoice.InvoiceViews.AuditState;
import io.accountsuite.billing.invoice.InvoiceViews.Money;
import io.accountsuite.billing.invoice.Invoices;
import io.accountsuite.contracts.billing.BillingEvents;
import io.accountsuite.contracts.billing.BillingEvents.InvoiceCancelled;
import io.accountsuite.contracts.billing.BillingEvents.PaymentRefunded;
import io.accountsuite.contracts.membership.MembershipEvents.Amount;
import io.accountsuite.platform.audit.AdminAudit;
import io.accountsuite.platform.outbox.Outbox;
import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.problem.Message;
import io.accountsuite.platform.problem.ProblemType;
import io.accountsuite.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Money going back (SPEC "Refunds are credit notes"): an admin refunds an invoice's payment in full or in part, never
 * more than was paid and not refunded yet; and a charge membership-service no longer wants is cancelled while unpaid,
 * or refunded in full when it was paid meanwhile. Each refund is a credit note with its own gap-free number
 * ({@code CN-2026-000001}), and PaymentRefunded is published with it.
 */
@Service
public class Refunds {


    private final Invoices invoices;
    private final CreditNotes notes;
    private final Outbox outbox;
    private final AdminAudit audit;
    private final TransactionalOperator tx;
    private final Clock clock;
    private final String prefix;

    public Refunds(Invoices invoices, CreditNotes notes, Outbox outbox, AdminAudit audit, TransactionalOperator tx,
                   Clock clock, CreditNoteNumbering numbering) {
        this.invoices = invoices;
        this.notes = notes;
        this.outbox = outbox;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.prefix = numbering.creditNotePrefix();
    }

    /**
     * Refunds {@code amount} (in the invoice's currency, at most its minor unit's precision) of the invoice's payment.
     *
     * {@code admin}'s refund is audited as {@code invoice-refunded} in the same transaction.
     *
     * @return the credit note; 404 for an unknown invoice, 409 {@code not-refundable} when nothing was paid or all
     *         was refunded, 409 {@code refund-exceeds-payment} when the amount is more than what is left
     */
    public Mono<CreditNote> refund(Caller admin, UUID invoiceId, BigDecimal amount, String reason) {
        return tx.transactional(invoices.lock(invoiceId)
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("invoice")))
                .flatMap(invoice -> {
                    if (amount.scale() > Currency.getInstance(invoice.currency()).getDefaultFractionDigits()) {
                        return Mono.error(ApiProblem.invalid("amount", Message.of("billing.refund.too-many-decimals",
                                invoice.currency())));
                    }
                    BigDecimal refundable = invoice.refundable();
                    if (refundable.signum() <= 0) {
                        return Mono.error(BillingProblems.NOT_REFUNDABLE.problem(Message.of(
                                "billing.refund.nothing-left", invoice.number(), invoice.status().word())));
                    }
                    if (amount.compareTo(refundable) > 0) {
                        return Mono.error(BillingProblems.REFUND_EXCEEDS_PAYMENT.problem(Message.of(
                                "billing.refund.at-most", new Message.Amount(refundable, invoice.currency()),
                                invoice.number())).field("amount", Message.of("billing.refund.field-at-most",
                                refundable.toPlainString())));
                    }
                    return issue(invoice, amount, reason).flatMap(note -> audit.record(admin, "invoice-refunded",
                            invoice.customerId(), "invoice " + invoice.number(), AuditState.of(invoice),
                            new RefundAudit(AuditState.of(invoice.refund(amount)), note)).thenReturn(note));
                }));
    }

    /**
     * The invoice after an admin's refund as the audit log keeps it: its status and refunded total, and the refund
     * itself (amount, reason, credit note number).
     */
    record RefundAudit(String status, Money refunded, Money refund, String reason, String creditNote) {
        RefundAudit(AuditState after, CreditNote note) {
            this(after.status(), after.refunded(), Money.of(note.amount(), note.currency()), note.reason(),
                    note.number());
        }
    }

    /**
     * The charge behind {@code invoiceId} is no longer wanted: an unpaid invoice is cancelled, a paid one is refunded
     * in full; an invoice already cancelled or refunded, or unknown, is left alone. Runs in the caller's transaction.
     */
    public Mono<Void> dropCharge(UUID invoiceId, String reason) {
        return invoices.lock(invoiceId).flatMap(invoice -> {
            if (invoice.payable()) {
                Invoice cancelled = invoice.cancelled();
                return invoices.updateStatus(cancelled).then(outbox.append(BillingEvents.INVOICE_CANCELLED,
                        invoice.customerId(), invoice.id(), new InvoiceCancelled(invoice.id(), invoice.number(),
                                invoice.membershipId(), reason))).then();
            }
            BigDecimal refundable = invoice.refundable();
            return refundable.signum() > 0 ? issue(invoice, refundable, "Charge withdrawn: " + reason).then()
                    : Mono.empty();
        });
    }

    private Mono<CreditNote> issue(Invoice invoice, BigDecimal amount, String reason) {
        Instant now = clock.instant();
        int year = now.atZone(ZoneOffset.UTC).getYear();
        Invoice refunded = invoice.refund(amount);
        return invoices.nextNumber("credit-note", year)
                .map(n -> new CreditNote(UUID.randomUUID(), String.format("%s-%d-%06d", prefix, year, n), invoice.id(),
                        invoice.number(), invoice.customerId(), invoice.currency(), amount, reason, now,
                        invoice.address()))
                .flatMap(notes::insert)
                .flatMap(note -> invoices.updateStatus(refunded)
                        .then(invoices.recordPayment(invoice.id(), "refund", "refunded", reason, amount, now))
                        .then(outbox.append(BillingEvents.PAYMENT_REFUNDED, invoice.customerId(), invoice.id(),
                                new PaymentRefunded(invoice.id(), note.id(), note.number(), invoice.membershipId(),
                                        new Amount(amount.toPlainString(), invoice.currency()),
                                        refunded.status().value())))
                        .thenReturn(note));
    }
}
