package io.accountsuite.notification.recipient;

import java.time.Instant;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** The recipients table: the projection of identity's customers that mails need. */
@Repository
@RequiredArgsConstructor
public class Recipients {

    private final DatabaseClient db;

    /**
     * The customer's recipient; {@link RecipientUnknown} when identity's CustomerRegistered has not arrived yet (an
     * event of another topic came first), so that the inbox retries the event that needs it.
     */
    public Mono<Recipient> require(UUID customerId) {
        return db.sql("SELECT * FROM recipients WHERE customer_id = :id").bind("id", customerId)
                .map(Recipients::read).one()
                .switchIfEmpty(Mono.error(() -> new RecipientUnknown(customerId)));
    }

    /** A newly registered customer (a replayed registration changes nothing once an email change happened). */
    public Mono<Void> register(UUID customerId, String email, String name, @Nullable String language, Instant at) {
        return db.sql("INSERT INTO recipients (customer_id, email, name, language, updated_at)"
                        + " VALUES (:id, :email, :name, :language, :at) ON CONFLICT (customer_id) DO NOTHING")
                .bind("id", customerId).bind("email", email).bind("name", name)
                .bind("language", language == null || language.isBlank() ? "en" : language).bind("at", at)
                .fetch().rowsUpdated().then();
    }

    public Mono<Void> awaitEmailChange(UUID customerId, UUID requestId, String newEmail, Instant at) {
        return db.sql("UPDATE recipients SET pending_email = :email, pending_request = :request, updated_at = :at"
                        + " WHERE customer_id = :id")
                .bind("id", customerId).bind("email", newEmail).bind("request", requestId).bind("at", at)
                .fetch().rowsUpdated().then();
    }

    /** The pending address of {@code requestId} becomes the customer's email; any other request is left alone. */
    public Mono<Void> completeEmailChange(UUID customerId, UUID requestId, Instant at) {
        return db.sql("UPDATE recipients SET email = pending_email, pending_email = NULL, pending_request = NULL,"
                        + " verified_at = :at, updated_at = :at WHERE customer_id = :id AND pending_request = :request")
                .bind("id", customerId).bind("request", requestId).bind("at", at)
                .fetch().rowsUpdated().then();
    }

    /** The change {@code requestId} will not happen: nothing waits on its address any more. */
    public Mono<Void> dropEmailChange(UUID customerId, UUID requestId, Instant at) {
        return db.sql("UPDATE recipients SET pending_email = NULL, pending_request = NULL, updated_at = :at"
                        + " WHERE customer_id = :id AND pending_request = :request")
                .bind("id", customerId).bind("request", requestId).bind("at", at)
                .fetch().rowsUpdated().then();
    }

    /** The customer reads {@code language} from now on ({@code en} or {@code fr}: identity's LanguageChosen). */
    public Mono<Void> chooseLanguage(UUID customerId, String language, Instant at) {
        return db.sql("UPDATE recipients SET language = :language, updated_at = :at WHERE customer_id = :id")
                .bind("id", customerId).bind("language", language).bind("at", at)
                .fetch().rowsUpdated().then();
    }

    /** The address the customer signed up with is proven theirs. */
    public Mono<Void> markVerified(UUID customerId, Instant at) {
        return db.sql("UPDATE recipients SET verified_at = coalesce(verified_at, :at), updated_at = :at"
                        + " WHERE customer_id = :id")
                .bind("id", customerId).bind("at", at).fetch().rowsUpdated().then();
    }

    public Mono<Void> delete(UUID customerId) {
        return db.sql("DELETE FROM recipients WHERE customer_id = :id").bind("id", customerId)
                .fetch().rowsUpdated().then();
    }

    private static Recipient read(Readable row) {
        return new Recipient(row.get("customer_id", UUID.class), row.get("email", String.class),
                row.get("name", String.class), row.get("language", String.class),
                row.get("pending_email", String.class), row.get("pending_request", UUID.class),
                row.get("verified_at", Instant.class) != null);
    }

    /** No CustomerRegistered for this customer has been handled yet. */
    public static final class RecipientUnknown extends RuntimeException {
        public RecipientUnknown(UUID customerId) {
            super("no recipient known yet for customer " + customerId + "; waiting for identity's CustomerRegistered",
                    null, false, false);
        }
    }
}
