package io.accountsuite.billing.refund;

import java.time.Instant;
import java.util.UUID;

import io.accountsuite.billing.invoice.InvoiceViews.Money;

/** A credit note as its customer and the admin see it; {@code amount} a decimal string in the invoice's currency. */
public record CreditNoteView(UUID id, String number, UUID invoiceId, String invoiceNumber, Instant issuedAt,
                             Money amount, String reason) {

    public static CreditNoteView of(CreditNote n) {
        return new CreditNoteView(n.id(), n.number(), n.invoiceId(), n.invoiceNumber(), n.issuedAt(),
                Money.of(n.amount(), n.currency()), n.reason());
    }
}
