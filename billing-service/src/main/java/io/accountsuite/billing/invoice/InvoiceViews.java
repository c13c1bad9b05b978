package io.accountsuite.billing.invoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.accountsuite.billing.address.BillingAddress;

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

    public record Detail(UUID id, String number, Instant issuedAt, Instant paidAt, String status, String purpose,
                         UUID membershipId, Money total, Money refunded, boolean payable, BillingAddress address,
                         List<Map<String, Object>> lines) {
        public static Detail of(Invoice i) {
            return new Detail(i.id(), i.number(), i.issuedAt(), i.paidAt(), i.status().value(), i.purpose(),
                    i.membershipId(), Money.of(i.total(), i.currency()), Money.of(i.refunded(), i.currency()),
                    i.payable(), i.address(),
                    i.lines().stream().map(l -> Map.<String, Object>of("type", l.type(), "description",
                            l.description(), "quantity", l.quantity(), "amount", Money.of(l.amount(), i.currency())))
                            .toList());
        }
    }
}
