package io.accountsuite.notification.verification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import io.accountsuite.platform.values.WireValue;
import io.r2dbc.spi.Readable;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Verification tokens: 256 random bits, base64url in the link, SHA-256 in the database (a token this random needs
 * no slow hash; OWASP ASVS v5 6.4.1 asks that none be stored usable). Each is used once and lives {@link #LIFE};
 * sent again within {@link #RETRY_WINDOW} of its use, it answers as the same verification.
 */
@Repository
@RequiredArgsConstructor
public class VerificationTokens {

    /** How long a link works (issue 19: 24 hours). */
    public static final Duration LIFE = Duration.ofHours(24);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DatabaseClient db;

    /**
     * A token that was valid and is now used: whose it was and what it proves; {@code again} when it had been used
     * already, within {@link #RETRY_WINDOW}.
     */
    public record Used(UUID customerId, Purpose purpose, @Nullable UUID requestId, boolean again) {
    }

    /** How long the same token is taken again as the same verification: a client retrying a lost answer. */
    public static final Duration RETRY_WINDOW = Duration.ofMinutes(10);

    /**
     * Stores a new token's hash and answers the token itself, which only the mail carries. The customer's earlier
     * unused links of the same purpose stop working: only the newest mail's link counts.
     */
    public Mono<String> mint(UUID customerId, Purpose purpose, @Nullable UUID requestId, Instant now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return db.sql("DELETE FROM verification_tokens WHERE customer_id = :customer AND purpose = :purpose"
                        + " AND used_at IS NULL")
                .bind("customer", customerId).bind("purpose", purpose.value())
                .fetch().rowsUpdated()
                .then(db.sql("INSERT INTO verification_tokens (token_hash, customer_id, purpose, request_id, expires_at,"
                        + " created_at) VALUES (:hash, :customer, :purpose, :request, :expires, :now)")
                .bind("hash", hash(token)).bind("customer", customerId).bind("purpose", purpose.value())
                .bind("request", Parameter.fromOrEmpty(requestId, UUID.class))
                .bind("expires", now.plus(LIFE)).bind("now", now)
                .fetch().rowsUpdated()).thenReturn(token);
    }

    /**
     * Uses the token if it is known, unused and unexpired, atomically (two clicks at once: one wins). A token used
     * within {@link #RETRY_WINDOW} answers again, marked {@code again} (the same verification sent twice); any other
     * completes empty.
     */
    public Mono<Used> use(String token, Instant now) {
        String hash = hash(token);
        return db.sql("UPDATE verification_tokens SET used_at = :now WHERE token_hash = :hash AND used_at IS NULL"
                        + " AND expires_at > :now RETURNING customer_id, purpose, request_id")
                .bind("hash", hash).bind("now", now)
                .map(row -> used(row, false))
                .one()
                .switchIfEmpty(Mono.defer(() -> db.sql("SELECT customer_id, purpose, request_id FROM"
                                + " verification_tokens WHERE token_hash = :hash AND used_at > :since")
                        .bind("hash", hash).bind("since", now.minus(RETRY_WINDOW))
                        .map(row -> used(row, true))
                        .one()));
    }

    private static Used used(Readable row, boolean again) {
        return new Used(row.get("customer_id", UUID.class),
                WireValue.of(Purpose.class, row.get("purpose", String.class)), row.get("request_id", UUID.class),
                again);
    }

    /** The customer's links not used yet stop working (their address changed: what they proved is moot). */
    public Mono<Void> forgetUnused(UUID customerId) {
        return db.sql("DELETE FROM verification_tokens WHERE customer_id = :id AND used_at IS NULL")
                .bind("id", customerId).fetch().rowsUpdated().then();
    }

    public Mono<Void> deleteFor(UUID customerId) {
        return db.sql("DELETE FROM verification_tokens WHERE customer_id = :id").bind("id", customerId)
                .fetch().rowsUpdated().then();
    }

    /** Forgets tokens past their life: a used or expired one proves nothing any more. */
    public Mono<Long> purgeExpired(Instant now) {
        return db.sql("DELETE FROM verification_tokens WHERE expires_at < :now").bind("now", now)
                .fetch().rowsUpdated();
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
