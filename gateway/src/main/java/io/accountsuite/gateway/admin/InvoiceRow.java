package io.accountsuite.gateway.admin;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An invoice of billing's admin list ({@code AdminInvoice}) with the actions its row offers: mark paid for a manual
 * payment still pending, refund while something paid is not yet refunded ({@code refundable} above zero). The
 * service decides again when asked; the row only spares the admin a button bound to be refused.
 *
 * @param invoice the list item as billing wrote it
 */
record InvoiceRow(Map<?, ?> invoice, boolean payable, boolean refundable) {

    static List<InvoiceRow> of(@Nullable Object invoices) {
        return invoices instanceof List<?> items ? items.stream().filter(Map.class::isInstance)
                .map(item -> of((Map<?, ?>) item)).toList() : List.of();
    }

    static InvoiceRow of(Map<?, ?> invoice) {
        boolean payable = Boolean.TRUE.equals(invoice.get("manual")) && "pending".equals(invoice.get("status"));
        return new InvoiceRow(invoice, payable, positive(invoice.get("refundable")));
    }

    /** The refundable amount as the refund field's default ("12.50"), empty when none. */
    public String refundableAmount() {
        return invoice.get("refundable") instanceof Map<?, ?> money && money.get("amount") != null
                ? money.get("amount").toString() : "";
    }

    private static boolean positive(@Nullable Object money) {
        if (!(money instanceof Map<?, ?> m) || m.get("amount") == null) {
            return false;
        }
        try {
            return new BigDecimal(m.get("amount").toString()).signum() > 0;
        } catch (NumberFormatException unreadable) {
            return false;
        }
    }
}
