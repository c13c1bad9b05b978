package io.accountsuite.billing.refund;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Currency;
import java.util.UUID;

import io.accountsuite.billing.address.BillingAddress;
import io.r2dbc.spi.Readable;
import lombok.RequiredArgsConstructor;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** The credit_notes table. */
@Repository
@RequiredArgsConstructor
public class CreditNotes {

    private final DatabaseClient db;
    private final JsonMapper json;

    Mono<CreditNote> insert(CreditNote note) {
        return db.sql("""
                        INSERT INTO credit_notes (id, number, invoice_id, invoice_number, customer_id, currency, amount,
                                                  reason, issued_at, address)
                        VALUES (:id, :number, :invoice, :invoiceNumber, :customer, :currency, :amount, :reason, :at,
                                :address)""")
                .bind("id", note.id()).bind("number", note.number()).bind("invoice", note.invoiceId())
                .bind("invoiceNumber", note.invoiceNumber()).bind("customer", note.customerId())
                .bind("currency", note.currency()).bind("amount", note.amount()).bind("reason", note.reason())
                .bind("at", note.issuedAt())
                .bind("address", Parameter.fromOrEmpty(note.address() == null ? null
                        : json.writeValueAsString(note.address()), String.class))
                .fetch().rowsUpdated().thenReturn(note);
    }

    /** The customer's credit notes, newest first. */
    public Flux<CreditNote> ofCustomer(UUID customerId) {
        return db.sql("SELECT * FROM credit_notes WHERE customer_id = :c ORDER BY issued_at DESC, number DESC")
                .bind("c", customerId).map(this::read).all();
    }

    Flux<CreditNote> ofInvoice(UUID invoiceId) {
        return db.sql("SELECT * FROM credit_notes WHERE invoice_id = :i ORDER BY issued_at")
                .bind("i", invoiceId).map(this::read).all();
    }

    Mono<CreditNote> find(UUID id) {
        return db.sql("SELECT * FROM credit_notes WHERE id = :id").bind("id", id).map(this::read).one();
    }

    private CreditNote read(Readable row) {
        String currency = row.get("currency", String.class).strip();
        String address = row.get("address", String.class);
        return new CreditNote(row.get("id", UUID.class), row.get("number", String.class),
                row.get("invoice_id", UUID.class), row.get("invoice_number", String.class),
                row.get("customer_id", UUID.class), currency,
                row.get("amount", BigDecimal.class).setScale(Currency.getInstance(currency).getDefaultFractionDigits(),
                        RoundingMode.HALF_EVEN),
                row.get("reason", String.class), row.get("issued_at", Instant.class),
                address == null ? null : json.readValue(address, BillingAddress.class));
    }
}
