package io.accountsuite.identity.customer;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

import io.accountsuite.platform.values.WireValue;
import io.r2dbc.spi.Readable;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The customers table. */
@Repository
@RequiredArgsConstructor
public class Customers {

    private static final String COLUMNS =
            "id, email, name, password_hash, roles, status, sessions_valid_after, created_at, updated_at, language";

    private final DatabaseClient db;

    public Mono<Customer> findById(UUID id) {
        return db.sql("SELECT " + COLUMNS + " FROM customers WHERE id = :id").bind("id", id)
                .map(Customers::read).one();
    }

    public Mono<Customer> findByEmail(String email) {
        return db.sql("SELECT " + COLUMNS + " FROM customers WHERE lower(email) = :key")
                .bind("key", EmailAddress.key(email))
                .map(Customers::read).one();
    }

    /**
     * Customers whose email or name holds {@code text} in any letter case (every customer for a blank text), newest
     * first, at most {@code limit}. A plain substring: {@code %} and {@code _} are no wildcards.
     */
    public Flux<Customer> search(String text, int limit) {
        return db.sql("SELECT " + COLUMNS + " FROM customers WHERE strpos(lower(email), lower(:text)) > 0"
                        + " OR strpos(lower(name), lower(:text)) > 0 ORDER BY created_at DESC, id LIMIT :limit")
                .bind("text", text.strip()).bind("limit", limit)
                .map(Customers::read).all();
    }

    /** Emits {@link EmailTaken} when another customer already uses the address (any case). */
    public Mono<Customer> insert(Customer customer) {
        return db.sql("INSERT INTO customers (" + COLUMNS + ") VALUES (:id, :email, :name, :hash, :roles, :status,"
                        + " :cutoff, :created, :updated, :language)")
                .bind("id", customer.id())
                .bind("email", customer.email())
                .bind("name", customer.name())
                .bind("hash", customer.passwordHash())
                .bind("roles", customer.roles().toArray(String[]::new))
                .bind("status", customer.status().value())
                .bind("cutoff", customer.sessionsValidAfter())
                .bind("created", customer.createdAt())
                .bind("updated", customer.updatedAt())
                .bind("language", customer.language().value())
                .fetch().rowsUpdated()
                .onErrorMap(DuplicateKeyException.class, e -> new EmailTaken())
                .thenReturn(customer);
    }

    public Mono<Void> updatePasswordHash(UUID id, String hash, Instant now) {
        return update("UPDATE customers SET password_hash = :v, updated_at = :now WHERE id = :id", id, hash, now);
    }

    public Mono<Void> updateEmail(UUID id, String email, Instant now) {
        return update("UPDATE customers SET email = :v, updated_at = :now WHERE id = :id", id, email, now)
                .onErrorMap(DuplicateKeyException.class, e -> new EmailTaken());
    }

    /**
     * Sets the customer's language; answers whether it changed (false when it already was {@code language}, or
     * no such customer).
     */
    public Mono<Boolean> updateLanguage(UUID id, Language language, Instant now) {
        return db.sql("UPDATE customers SET language = :v, updated_at = :now WHERE id = :id AND language <> :v")
                .bind("id", id).bind("v", language.value()).bind("now", now)
                .fetch().rowsUpdated().map(count -> count > 0);
    }

    public Mono<Void> updateSessionsValidAfter(UUID id, Instant cutoff, Instant now) {
        return update("UPDATE customers SET sessions_valid_after = :v, updated_at = :now WHERE id = :id",
                id, cutoff, now);
    }

    public Mono<Void> updateStatus(UUID id, CustomerStatus status, Instant now) {
        return update("UPDATE customers SET status = :v, updated_at = :now WHERE id = :id", id, status.value(),
                now);
    }

    public Mono<Void> updateRoles(UUID id, Set<String> roles, Instant now) {
        return update("UPDATE customers SET roles = :v, updated_at = :now WHERE id = :id", id,
                roles.toArray(String[]::new), now);
    }

    /** Locks every active admin's row, in the caller's transaction, and answers their ids. */
    public Flux<UUID> lockAdmins() {
        return db.sql("SELECT id FROM customers WHERE 'admin' = ANY(roles) AND status = 'active' ORDER BY id"
                        + " FOR UPDATE")
                .map(row -> row.get("id", UUID.class)).all();
    }

    public Mono<Void> delete(UUID id) {
        return db.sql("DELETE FROM customers WHERE id = :id").bind("id", id).fetch().rowsUpdated().then();
    }

    private Mono<Void> update(String sql, UUID id, Object value, Instant now) {
        return db.sql(sql).bind("id", id).bind("v", value).bind("now", now).fetch().rowsUpdated().then();
    }

    private static Customer read(Readable row) {
        String[] roles = row.get("roles", String[].class);
        return new Customer(row.get("id", UUID.class), row.get("email", String.class), row.get("name", String.class),
                row.get("password_hash", String.class), Set.copyOf(Arrays.asList(roles)),
                CustomerStatus.of(row.get("status", String.class)),
                row.get("sessions_valid_after", Instant.class), row.get("created_at", Instant.class),
                row.get("updated_at", Instant.class), WireValue.of(Language.class, row.get("language", String.class)));
    }

    /** Another customer already signs in with this email. */
    public static final class EmailTaken extends RuntimeException {
        public EmailTaken() {
            super("email already in use", null, false, false);
        }
    }
}
