package io.accountsuite.billing.refund;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param creditNotePrefix what credit note numbers start with ({@code billing.credit-note-prefix}: CN-2026-000001) */
@ConfigurationProperties("billing")
public record CreditNoteNumbering(@DefaultValue("CN") String creditNotePrefix) {
}
