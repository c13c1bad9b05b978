package io.accountsuite.billing.invoice;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param invoicePrefix what invoice numbers start with ({@code billing.invoice-prefix}: INV-2026-000001) */
@ConfigurationProperties("billing")
public record InvoiceNumbering(@DefaultValue("INV") String invoicePrefix) {
}
