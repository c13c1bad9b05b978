package io.accountsuite.billing.invoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import io.accountsuite.billing.address.BillingAddress;
import io.accountsuite.platform.problem.Message;
import io.accountsuite.platform.values.WireValue;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;

/**
 * An invoice as issued: its lines, its total in the currency's minor unit, the address it was issued to, and what
 * has been refunded of its payment (credit notes).
 */
public record Invoice(UUID id, String number, UUID customerId, UUID membershipId, String purpose, Status status,
                      String currency, BigDecimal total, Instant issuedAt, Instant paidAt, BillingAddress address,
                      List<Line> lines, BigDecimal refunded) {

    public enum Status implements WireValue {
        PENDING, COMPLETED, REFUNDED, PARTIALLY_REFUNDED, FAILED, CANCELLED;

        public static Status of(String value) {
            return WireValue.of(Status.class, value);
        }

        /** The status as people read it, in their language (bundle entry {@code billing.invoice.status.<value>}). */
        public MessageSourceResolvable word() {
            return Message.word("billing.invoice.status." + value(), value());
        }
    }

    /**
     * product, fee, credit or discount; credits and discounts are negative. {@code description} is the line in
     * English as charged; {@code subject} and {@code reason} (nullable; null on lines stored before issue 21) say what
     * a reader's words need: the product's name or the coupon's code, and what a credit is for ({@code unused-time},
     * {@code setup-fee-paid}, from membership-service's charge; {@link #ACCOUNT_CREDIT} and
     * {@link #CARRIED_TO_CREDIT}, billing's own). The PDF words a line from them, else prints its description.
     */
    public record Line(String type, String description, int quantity, BigDecimal amount, @Nullable String subject,
                       @Nullable String reason) {

        /** The reason of a credit paid from the customer's account credit. */
        public static final String ACCOUNT_CREDIT = "account-credit";
        /** The reason of a credit that carries a negative total to the customer's account credit. */
        public static final String CARRIED_TO_CREDIT = "carried-to-credit";
    }

    /** Something is due and not paid yet. */
    public boolean payable() {
        return total.signum() > 0 && EnumSet.of(Status.PENDING, Status.FAILED).contains(status);
    }

    /**
     * Paid in full and not refunded yet, or refunded in part: money that can still go back (in the total's minor
     * unit, so that none reads {@code 0.00}).
     */
    public BigDecimal refundable() {
        return status == Status.COMPLETED || status == Status.PARTIALLY_REFUNDED ? total.subtract(refunded)
                : BigDecimal.ZERO.setScale(total.scale());
    }

    public Invoice paid(Instant at) {
        return with(Status.COMPLETED, at, refunded);
    }

    public Invoice failed() {
        return with(Status.FAILED, paidAt, refunded);
    }

    /** No longer wanted before it was paid (its charge was cancelled). */
    public Invoice cancelled() {
        return with(Status.CANCELLED, paidAt, refunded);
    }

    /** {@code amount} more of it refunded: refunded in full, or in part. */
    public Invoice refund(BigDecimal amount) {
        BigDecimal now = refunded.add(amount);
        return with(now.compareTo(total) >= 0 ? Status.REFUNDED : Status.PARTIALLY_REFUNDED, paidAt, now);
    }

    private Invoice with(Status next, Instant paid, BigDecimal refundedNow) {
        return new Invoice(id, number, customerId, membershipId, purpose, next, currency, total, issuedAt, paid,
                address, lines, refundedNow);
    }
}
