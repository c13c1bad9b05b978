package io.accountsuite.platform.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import io.accountsuite.platform.schema.RequiredTransaction;
import io.accountsuite.platform.security.Caller;
import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The audit log of a service's admin changes (issue 20: who, what, when, before and after, no secrets), kept in the
 * service's own database ({@code platform.audit_log}) and listed at {@code GET /api/admin/audit}.
 * {@link #record} joins the transaction of the change it describes, so an entry exists if and only if the change
 * committed. Before and after are stored as JSON with every field whose name holds "password", "secret", "token" or
 * "key" replaced by {@code "[redacted]"} (OWASP ASVS 4.0 7.1.1: no credentials in logs). An erasure keeps that the
 * change happened but unlinks it from the customer and empties its before and after ({@link #eraseCustomer}).
 */
@RequiredArgsConstructor
public class AdminAudit {

    /** The longest list {@link #entries} answers. */
    public static final int MAX_ENTRIES = 500;

    static final String REDACTED = "[redacted]";

    private static final Pattern SECRET = Pattern.compile("password|secret|token|key");

    private final DatabaseClient db;
    private final JsonMapper json;
    private final Clock clock;

    /**
     * Records a change made by {@code admin}, inside the transaction that makes it.
     *
     * @param action     a stable kebab-case name, e.g. {@code product-updated}
     * @param customerId the customer concerned, or null for a network-wide change
     * @param subject    what changed, by id or number, e.g. {@code product 5e5e…}
     * @param before     the record's view before (any Jackson-serializable value), or null
     * @param after      the record's view after, or null
     * @return completes once written; errors with IllegalStateException outside a transaction
     */
    public Mono<Void> record(Caller admin, String action, @Nullable UUID customerId, String subject,
                             @Nullable Object before, @Nullable Object after) {
        return RequiredTransaction.check(
                "AdminAudit.record must run inside the transaction of the change it records").then(Mono.defer(() -> db.sql("""
                        INSERT INTO platform.audit_log (at, actor, action, customer_id, subject, before, after)
                        VALUES (:at, :actor, :action, :customer, :subject, :before, :after)""")
                .bind("at", clock.instant())
                .bind("actor", admin.customerId())
                .bind("action", action)
                .bind("customer", Parameter.fromOrEmpty(customerId, UUID.class))
                .bind("subject", subject)
                .bind("before", Parameter.fromOrEmpty(redactedJson(before), Json.class))
                .bind("after", Parameter.fromOrEmpty(redactedJson(after), Json.class))
                .fetch().rowsUpdated())).then();
    }

    /** The newest {@code limit} entries (1 to {@link #MAX_ENTRIES}), of one customer or, with null, of all. */
    public Flux<AuditEntry> entries(@Nullable UUID customerId, int limit) {
        String where = customerId == null ? "" : " WHERE customer_id = :customer";
        var spec = db.sql("SELECT * FROM platform.audit_log" + where + " ORDER BY id DESC LIMIT :limit")
                .bind("limit", Math.max(1, Math.min(limit, MAX_ENTRIES)));
        return (customerId == null ? spec : spec.bind("customer", customerId)).map(this::entry).all();
    }

    /**
     * Unlinks the customer's entries and forgets what they held: the customer id, before and after, and the id in
     * the subject; the customer as the actor too. Runs in the erasure's transaction.
     */
    public Mono<Void> eraseCustomer(UUID customerId) {
        return db.sql("""
                        UPDATE platform.audit_log SET customer_id = NULL, before = NULL, after = NULL,
                            subject = replace(subject, :id, 'an erased customer')
                        WHERE customer_id = :customer""")
                .bind("id", customerId.toString()).bind("customer", customerId).fetch().rowsUpdated()
                .then(db.sql("UPDATE platform.audit_log SET actor = NULL WHERE actor = :customer")
                        .bind("customer", customerId).fetch().rowsUpdated())
                .then();
    }

    private @Nullable Json redactedJson(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        return Json.of(json.writeValueAsString(redacted(json.valueToTree(value))));
    }

    /** The tree with every secret-named field's value replaced, at any depth. */
    static JsonNode redacted(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (String name : object.propertyNames()) {
                if (SECRET.matcher(name.toLowerCase(Locale.ROOT)).find()) {
                    object.put(name, REDACTED);
                } else {
                    redacted(object.get(name));
                }
            }
        } else if (node.isArray()) {
            node.forEach(AdminAudit::redacted);
        }
        return node;
    }

    private AuditEntry entry(Readable row) {
        return new AuditEntry(row.get("id", Long.class), row.get("at", Instant.class),
                row.get("actor", UUID.class), row.get("action", String.class), row.get("customer_id", UUID.class),
                row.get("subject", String.class), tree(row.get("before", Json.class)),
                tree(row.get("after", Json.class)));
    }

    private @Nullable JsonNode tree(@Nullable Json value) {
        return value == null ? null : json.readTree(value.asString());
    }
}
