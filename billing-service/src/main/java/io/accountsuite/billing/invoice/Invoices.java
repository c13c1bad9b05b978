package io.accountsuite.billing.invoice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.accountsuite.billing.address.BillingAddress;
import io.accountsuite.platform.security.Caller;
import io.accountsuite.platform.security.Ownership;
import io.r2dbc.spi.Readable;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The invoices, invoice_counters and account_credits tables. */
@Repository
@RequiredArgsConstructor
public class Invoices {

    private final DatabaseClient db;
    private final JsonMapper json;

    /**
     * The next number of a series ("invoice", "credit-note") in the year; the counter row stays locked until the
     * calling transaction ends, so numbers are unique and gap-free (a rolled-back issue gives its number back).
     */
    public Mono<Long> nextNumber(String series, int year) {
        return db.sql("""
                        INSERT INTO number_counters (series, year, last_number) VALUES (:s, :y, 1)
                        ON CONFLICT (series, year) DO UPDATE SET last_number = number_counters.last_number + 1
                        RETURNING last_number""")
                .bind("s", series).bind("y", year).map(row -> row.get("last_number", Long.class)).one();
    }

    /** Whether the invoice was issued already, by the id it was asked under or the event that asked for it. */
    public Mono<Boolean> issued(UUID invoiceId, UUID sourceEventId) {
        return db.sql("SELECT 1 FROM invoices WHERE id = :id OR source_event_id = :e")
                .bind("id", invoiceId).bind("e", sourceEventId).map(row -> true).all().hasElements();
    }

    public Mono<Invoice> insert(Invoice i, UUID sourceEventId) {
        return db.sql("""
                        INSERT INTO invoices (id, number, customer_id, membership_id, purpose, source_event_id, status,
                                              currency, total, issued_at, paid_at, address, lines)
                        VALUES (:id, :number, :customer, :membership, :purpose, :source, :status, :currency, :total,
                                :issued, :paid, :address, :lines)""")
                .bind("id", i.id()).bind("number", i.number()).bind("customer", i.customerId())
                .bind("membership", Parameter.fromOrEmpty(i.membershipId(), UUID.class))
                .bind("purpose", i.purpose()).bind("source", sourceEventId).bind("status", i.status().value())
                .bind("currency", i.currency()).bind("total", i.total()).bind("issued", i.issuedAt())
                .bind("paid", Parameter.fromOrEmpty(i.paidAt(), Instant.class))
                .bind("address", Parameter.fromOrEmpty(
                        i.address() == null ? null : json.writeValueAsString(i.address()), String.class))
                .bind("lines", json.writeValueAsString(i.lines()))
                .fetch().rowsUpdated().thenReturn(i);
    }

    /** The caller's invoice, or 404 {@code not-found} as if another customer's did not exist. */
    public Mono<Invoice> owned(Caller caller, UUID id) {
        return find(id).transform(Ownership.ownedBy(caller, Invoice::customerId, "invoice"));
    }

    public Mono<Invoice> find(UUID id) {
        return db.sql("SELECT * FROM invoices WHERE id = :id").bind("id", id).map(this::read).one();
    }

    public Mono<Invoice> lock(UUID id) {
        return db.sql("SELECT * FROM invoices WHERE id = :id FOR UPDATE").bind("id", id).map(this::read).one();
    }

    /**
     * The network's invoices, newest first, at most {@code limit}: all of them, or those in {@code status} and/or of
     * {@code customerId} (null: any).
     */
    public Flux<Invoice> list(Invoice.@Nullable Status status, @Nullable UUID customerId, int limit) {
        return db.sql("""
                        SELECT * FROM invoices
                        WHERE (CAST(:status AS TEXT) IS NULL OR status = :status)
                          AND (CAST(:customer AS UUID) IS NULL OR customer_id = :customer)
                        ORDER BY issued_at DESC, number DESC LIMIT :limit""")
                .bind("status", Parameter.fromOrEmpty(status == null ? null : status.value(), String.class))
                .bind("customer", Parameter.fromOrEmpty(customerId, UUID.class)).bind("limit", limit)
                .map(this::read).all();
    }

    /** How many invoices the network has in each status it has any in. */
    public Mono<Map<Invoice.Status, Long>> countByStatus() {
        return db.sql("SELECT status, count(*) AS n FROM invoices GROUP BY status")
                .map(row -> Map.entry(Invoice.Status.of(row.get("status", String.class)), row.get("n", Long.class)))
                .all().collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    public Flux<Invoice> ofCustomer(UUID customerId) {
        return db.sql("SELECT * FROM invoices WHERE customer_id = :c ORDER BY issued_at DESC, number DESC")
                .bind("c", customerId).map(this::read).all();
    }

    public Mono<Void> updateStatus(Invoice i) {
        return db.sql("UPDATE invoices SET status = :s, paid_at = :paid, refunded = :refunded WHERE id = :id")
                .bind("s", i.status().value()).bind("paid", Parameter.fromOrEmpty(i.paidAt(), Instant.class))
                .bind("refunded", i.refunded()).bind("id", i.id()).fetch().rowsUpdated().then();
    }

    /** The customer's account credit in each currency where there is some. */
    public Flux<Map.Entry<String, BigDecimal>> creditsOf(UUID customerId) {
        return db.sql("SELECT currency, amount FROM account_credits WHERE customer_id = :c AND amount > 0"
                        + " ORDER BY currency")
                .bind("c", customerId)
                .map(row -> Map.entry(row.get("currency", String.class).strip(),
                        minorUnit(row.get("amount", BigDecimal.class), row.get("currency", String.class).strip())))
                .all();
    }

    public Mono<Void> recordPayment(UUID invoiceId, String method, String outcome, String reason, BigDecimal amount,
                                    Instant at) {
        return db.sql("""
                        INSERT INTO payments (id, invoice_id, method, outcome, reason, amount, created_at)
                        VALUES (:id, :invoice, :method, :outcome, :reason, :amount, :at)""")
                .bind("id", UUID.randomUUID()).bind("invoice", invoiceId).bind("method", method)
                .bind("outcome", outcome).bind("reason", Parameter.fromOrEmpty(reason, String.class))
                .bind("amount", amount).bind("at", at)
                .fetch().rowsUpdated().then();
    }

    /** Locks and reads the customer's account credit in a currency (zero when none). */
    public Mono<BigDecimal> lockCredit(UUID customerId, String currency) {
        return db.sql("""
                        INSERT INTO account_credits (customer_id, currency, amount) VALUES (:c, :cur, 0)
                        ON CONFLICT (customer_id, currency) DO UPDATE SET amount = account_credits.amount
                        RETURNING amount""")
                .bind("c", customerId).bind("cur", currency).map(row -> row.get("amount", BigDecimal.class)).one();
    }

    public Mono<Void> setCredit(UUID customerId, String currency, BigDecimal amount) {
        return db.sql("UPDATE account_credits SET amount = :a WHERE customer_id = :c AND currency = :cur")
                .bind("a", amount).bind("c", customerId).bind("cur", currency).fetch().rowsUpdated().then();
    }

    private static BigDecimal minorUnit(BigDecimal amount, String currency) {
        return amount.setScale(Currency.getInstance(currency).getDefaultFractionDigits(),
                RoundingMode.HALF_EVEN);
    }

    private Invoice read(Readable row) {
        String address = row.get("address", String.class);
        return new Invoice(row.get("id", UUID.class), row.get("number", String.class),
                row.get("customer_id", UUID.class), row.get("membership_id", UUID.class),
                row.get("purpose", String.class), Invoice.Status.of(row.get("status", String.class)),
                row.get("currency", String.class).strip(), minorUnit(row.get("total", BigDecimal.class),
                        row.get("currency", String.class).strip()),
                row.get("issued_at", Instant.class), row.get("paid_at", Instant.class),
                address == null ? null : json.readValue(address, BillingAddress.class),
                json.readValue(row.get("lines", String.class), new TypeReference<List<Invoice.Line>>() {
                }), minorUnit(row.get("refunded", BigDecimal.class), row.get("currency", String.class).strip()));
    }
}
