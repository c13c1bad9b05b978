package io.accountsuite.contracts.billing;

import java.util.UUID;

import io.accountsuite.contracts.EventType;
import io.accountsuite.contracts.Topics;
import io.accountsuite.contracts.membership.MembershipEvents.Amount;

/** Events billing-service publishes on {@link Topics#BILLING}. */
public final class BillingEvents {

    /** {@code purpose} is the charge kind the invoice was issued for: initial, upgrade, add-on-purchase, renewal. */
    public record PaymentSucceeded(UUID invoiceId, UUID membershipId, String purpose, Amount amount) {
    }

    public record PaymentFailed(UUID invoiceId, UUID membershipId, String purpose, Amount amount, String reason) {
    }

    /** An invoice was issued; {@code status} is pending, or completed when nothing is due. */
    public record InvoiceIssued(UUID invoiceId, String number, UUID membershipId, String purpose, Amount total,
                                String status) {
    }

    /**
     * Money went back to the customer for an invoice: an admin's refund, or a payment for a charge cancelled after it
     * was paid. {@code creditNoteId} names the credit note; {@code invoiceStatus} is refunded or partially-refunded.
     */
    public record PaymentRefunded(UUID invoiceId, UUID creditNoteId, String creditNoteNumber, UUID membershipId,
                                  Amount amount, String invoiceStatus) {
    }

    /** An unpaid invoice was cancelled: its charge is no longer wanted ({@code reason} says why). */
    public record InvoiceCancelled(UUID invoiceId, String number, UUID membershipId, String reason) {
    }

    /** The customer's billing address changed (the address itself stays in billing-service). */
    public record BillingAddressChanged(String country) {
    }

    public static final EventType<InvoiceIssued> INVOICE_ISSUED =
            EventType.of("InvoiceIssued", 1, Topics.BILLING, InvoiceIssued.class);
    public static final EventType<BillingAddressChanged> BILLING_ADDRESS_CHANGED =
            EventType.of("BillingAddressChanged", 1, Topics.BILLING, BillingAddressChanged.class);
    public static final EventType<PaymentSucceeded> PAYMENT_SUCCEEDED =
            EventType.of("PaymentSucceeded", 1, Topics.BILLING, PaymentSucceeded.class);
    public static final EventType<InvoiceCancelled> INVOICE_CANCELLED =
            EventType.of("InvoiceCancelled", 1, Topics.BILLING, InvoiceCancelled.class);
    public static final EventType<PaymentRefunded> PAYMENT_REFUNDED =
            EventType.of("PaymentRefunded", 1, Topics.BILLING, PaymentRefunded.class);
    public static final EventType<PaymentFailed> PAYMENT_FAILED =
            EventType.of("PaymentFailed", 1, Topics.BILLING, PaymentFailed.class);

    private BillingEvents() {
    }
}
