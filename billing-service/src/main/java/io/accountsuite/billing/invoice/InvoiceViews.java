package io.accountsuite.billing.invoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.accountsuite.billing.address.BillingAddress;
import org.jspecify.annotations.Nullable;

/** What the API shows of invoices: money as {@code {amount: "<decimal string>", currency}}. */
public final class InvoiceViews {

    private InvoiceViews() {
    }

    public record Money(String amount, String currency) {
        public static Money of(BigDecimal amount, String currency) {
            return new Money(amount.toPlainString(), currency);
        }

        /** An account-credit entry of {@link Invoices#creditsOf}: currency → amount. */
        public static Money of(Map.Entry<String, BigDecimal> credit) {
            return of(credit.getValue(), credit.getKey());
        }
    }

    public record Summary(UUID id, String number, Instant issuedAt, String status, String purpose, UUID membershipId,
                          Money total, Money refunded, boolean payable) {
        public static Summary of(Invoice i) {
            return new Summary(i.id(), i.number(), i.issuedAt(), i.status().value(), i.purpose(), i.membershipId(),
                    Money.of(i.total(), i.currency()), Money.of(i.refunded(), i.currency()), i.payable());
        }
    }

    public record Detail(UUID id, String number, Instant issuedAt, @Nullable Instant paidAt, String status,
                         String purpose, UUID membershipId, Money total, Money refunded, boolean payable,
                         @Nullable BillingAddress address, List<LineView> lines) {
        public static Detail of(Invoice i) {
            return new Detail(i.id(), i.number(), i.issuedAt(), i.paidAt(), i.status().value(), i.purpose(),
                    i.membershipId(), Money.of(i.total(), i.currency()), Money.of(i.refunded(), i.currency()),
                    i.payable(), i.address(),
                    i.lines().stream().map(l -> LineView.of(l, i.currency())).toList());
        }
    }

    /**
     * One line of an invoice: {@code description} in English as charged; {@code subject} and {@code reason}
     * (nullable, null on invoices issued before issue 21) to word it in the reader's language, as
     * {@link Invoice.Line} says.
     */
    public record LineView(String type, String description, int quantity, Money amount, @Nullable String subject,
                           @Nullable String reason) {
        static LineView of(Invoice.Line l, String currency) {
            return new LineView(l.type(), l.description(), l.quantity(), Money.of(l.amount(), currency), l.subject(),
                    l.reason());
        }
    }

    /**
     * An invoice as the network admin's list shows it (issue 20's admin API): {@code refundable} is what can still be
     * refunded of its payment; {@code manual} says the admin may record its payment received outside the system
     * ({@code POST /api/admin/invoices/{id}/paid} takes exactly the invoices with something due, pending or failed).
     */
    public record AdminInvoice(UUID id, String number, UUID customerId, @Nullable UUID membershipId, Instant issuedAt,
                               String status, Money total, Money refunded, Money refundable, boolean manual) {
        public static AdminInvoice of(Invoice i) {
            return new AdminInvoice(i.id(), i.number(), i.customerId(), i.membershipId(), i.issuedAt(),
                    i.status().value(), Money.of(i.total(), i.currency()), Money.of(i.refunded(), i.currency()),
                    Money.of(i.refundable(), i.currency()), i.payable());
        }
    }

    /**
     * The network's invoices counted by status, every status present (zero where none), and {@code failedPayments}:
     * the invoices whose payment failed (status failed), which the admin's overview links to.
     */
    public record AdminSummary(Map<String, Long> counts, long failedPayments) {
        public static AdminSummary of(Map<Invoice.Status, Long> found) {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (Invoice.Status status : Invoice.Status.values()) {
                counts.put(status.value(), found.getOrDefault(status, 0L));
            }
            return new AdminSummary(counts, counts.get(Invoice.Status.FAILED.value()));
        }
    }

    /** What an admin change's audit entry keeps of an invoice before and after it (issue 20). */
    public record AuditState(String status, Money refunded) {
        public static AuditState of(Invoice i) {
            return new AuditState(i.status().value(), Money.of(i.refunded(), i.currency()));
        }
    }
}
