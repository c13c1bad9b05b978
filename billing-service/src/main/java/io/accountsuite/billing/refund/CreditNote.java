package io.accountsuite.billing.refund;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import io.accountsuite.billing.address.BillingAddress;

/**
 * A refund of (part of) an invoice's payment, as issued: its own gap-free number, the amount in the invoice's
 * currency at its minor unit, why, and the address of the invoice it refunds.
 */
public record CreditNote(UUID id, String number, UUID invoiceId, String invoiceNumber, UUID customerId,
                         String currency, BigDecimal amount, String reason, Instant issuedAt, BillingAddress address) {
}
