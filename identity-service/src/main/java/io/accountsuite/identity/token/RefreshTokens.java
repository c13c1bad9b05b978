package io.accountsuite.identity.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Opaque refresh tokens, stored only as SHA-256 hashes. Each use rotates the token; a token used a second time
 * means it was copied, so its whole family (the sign-in session) is revoked.
 */
@Component
public class RefreshTokens {

    public static final Duration LIFETIME = Duration.ofDays(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DatabaseClient db;

    public RefreshTokens(DatabaseClient db) {
        this.db = db;
    }

    /** Stores a new token of the family and returns it in clear, once. */
    public Mono<String> create(UUID customerId, UUID familyId, Instant now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return db.sql("""
                        INSERT INTO refresh_tokens (token_hash, customer_id, family_id, issued_at, expires_at)
                        VALUES (:hash, :customer, :family, :now, :expires)""")
                .bind("hash", hash(token)).bind("customer", customerId).bind("family", familyId)
                .bind("now", now).bind("expires", now.plus(LIFETIME))
                .fetch().rowsUpdated().thenReturn(token);
    }

    /** Locks and reads the stored token, for a rotation inside a transaction. */
    public Mono<StoredRefreshToken> lock(String token) {
        return db.sql("""
                        SELECT customer_id, family_id, issued_at, expires_at, rotated_at, revoked_at
                        FROM refresh_tokens WHERE token_hash = :hash FOR UPDATE""")
                .bind("hash", hash(token))
                .map(row -> new StoredRefreshToken(row.get("customer_id", UUID.class), row.get("family_id", UUID.class),
                        row.get("issued_at", Instant.class), row.get("expires_at", Instant.class),
                        row.get("rotated_at", Instant.class), row.get("revoked_at", Instant.class)))
                .one();
    }

    public Mono<Void> markRotated(String token, Instant now) {
        return db.sql("UPDATE refresh_tokens SET rotated_at = :now WHERE token_hash = :hash")
                .bind("now", now).bind("hash", hash(token)).fetch().rowsUpdated().then();
    }

    public Mono<Void> revokeFamily(UUID familyId, Instant now) {
        return db.sql("UPDATE refresh_tokens SET revoked_at = :now WHERE family_id = :family AND revoked_at IS NULL")
                .bind("now", now).bind("family", familyId).fetch().rowsUpdated().then();
    }

    public Mono<Void> revokeAll(UUID customerId, Instant now) {
        return db.sql("UPDATE refresh_tokens SET revoked_at = :now WHERE customer_id = :c AND revoked_at IS NULL")
                .bind("now", now).bind("c", customerId).fetch().rowsUpdated().then();
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A refresh token as stored: usable when neither rotated, revoked nor expired. */
    public record StoredRefreshToken(UUID customerId, UUID familyId, Instant issuedAt, Instant expiresAt,
                                     Instant rotatedAt, Instant revokedAt) {

        public boolean wasRotated() {
            return rotatedAt != null;
        }

        public boolean usableAt(Instant now) {
            return rotatedAt == null && revokedAt == null && now.isBefore(expiresAt);
        }
    }
}
