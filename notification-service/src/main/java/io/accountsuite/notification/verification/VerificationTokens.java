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
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Verification tokens: 256 random bits, base64url in the link, SHA-256 in the database (a token this random needs
 * no slow hash; OWASP ASVS v5 6.4.1 asks that none be stored usable). Each is used once and lives {@link #LIFE}.
 */
@Repository
@RequiredArgsConstructor
public class VerificationTokens {

    /** How long a link works (issue 19: 24 hours). */
    public static final Duration LIFE = Duration.ofHours(24);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DatabaseClient db;

    /** A token that was valid and is now used: whose it was and what it proves. */
    public record Used(UUID customerId, Purpose purpose, @Nullable UUID requestId) {
    }

    /** Stores a new token's hash and answers the token itself, which only the mail carries. */
    public Mono<String> mint(UUID customerId, Purpose purpose, @Nullable UUID requestId, Instant now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return db.sql("INSERT INTO verification_tokens (token_hash, customer_id, purpose, request_id, expires_at,"
                        + " created_at) VALUES (:hash, :customer, :purpose, :request, :expires, :now)")
                .bind("hash", hash(token)).bind("customer", customerId).bind("purpose", purpose.value())
                .bind("request", Parameter.fromOrEmpty(requestId, UUID.class))
                .bind("expires", now.plus(LIFE)).bind("now", now)
                .fetch().rowsUpdated().thenReturn(token);
    }

    /**
     * Uses the token if it is known, unused and unexpired, atomically (two clicks at once: one wins); empty
     * otherwise.
     */
    public Mono<Used> use(String token, Instant now) {
        return db.sql("UPDATE verification_tokens SET used_at = :now WHERE token_hash = :hash AND used_at IS NULL"
                        + " AND expires_at > :now RETURNING customer_id, purpose, request_id")
                .bind("hash", hash(token)).bind("now", now)
                .map(row -> new Used(row.get("customer_id", UUID.class),
                        WireValue.of(Purpose.class, row.get("purpose", String.class)),
                        row.get("request_id", UUID.class)))
                .one();
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
