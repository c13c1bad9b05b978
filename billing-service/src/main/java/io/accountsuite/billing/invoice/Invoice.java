package io.accountsuite.billing.invoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.accountsuite.billing.address.BillingAddress;

/** An invoice as issued: its lines, its total in the currency's minor unit, and the address it was issued to. */
public record Invoice(UUID id, String number, UUID customerId, UUID membershipId, String purpose, Status status,
                      String currency, BigDecimal total, Instant issuedAt, Instant paidAt, BillingAddress address,
                      List<Line> lines) {

    public enum Status {
        PENDING, COMPLETED, REFUNDED, PARTIALLY_REFUNDED, FAILED, CANCELLED;

        public String value() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Status of(String value) {
            return valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    /** product, fee, credit or discount; credits and discounts are negative. */
    public record Line(String type, String description, int quantity, BigDecimal amount) {
    }

    /** Something is due and not paid yet. */
    public boolean payable() {
        return total.signum() > 0 && EnumSet.of(Status.PENDING, Status.FAILED).contains(status);
    }

    public Invoice paid(Instant at) {
        return new Invoice(id, number, customerId, membershipId, purpose, Status.COMPLETED, currency, total, issuedAt,
                at, address, lines);
    }

    public Invoice failed() {
        return new Invoice(id, number, customerId, membershipId, purpose, Status.FAILED, currency, total, issuedAt,
                paidAt, address, lines);
    }
}
