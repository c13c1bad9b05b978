package io.accountsuite.identity.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import io.accountsuite.platform.schedule.BackgroundPoller;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Opaque refresh tokens, stored only as SHA-256 hashes. Each use rotates the token; a token used a second time
 * means it was copied, so its whole family (the sign-in session) is revoked. The one exception is the grace window
 * just after a rotation, when two tabs or two page requests refreshed the same token at once: the second gets the
 * successor the first got (OAuth 2.0 Security BCP, RFC 9700 section 4.14.2). Only for that window is the successor
 * kept, sealed like the signing keys ({@link KeySealing}).
 */
@Component
public class RefreshTokens {

    public static final Duration LIFETIME = Duration.ofDays(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DatabaseClient db;
    private final KeySealing sealing;
    private final Duration grace;
    private final Clock clock;
    private final BackgroundPoller forgetting = new BackgroundPoller("refresh successors", Duration.ofMinutes(1));

    /**
     * @param grace how long after a rotation the rotated token still yields the same successor (10 seconds)
     */
    public RefreshTokens(DatabaseClient db, TokenSettings settings, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.sealing = new KeySealing(settings.signingKeys().encryptionKey(),
                settings.signingKeys().previousEncryptionKeys());
        this.grace = settings.refresh().grace();
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
                        SELECT customer_id, family_id, issued_at, expires_at, rotated_at, revoked_at, successor
                        FROM refresh_tokens WHERE token_hash = :hash FOR UPDATE""")
                .bind("hash", hash(token))
                .map(row -> {
                    String successor = row.get("successor", String.class);
                    return new StoredRefreshToken(row.get("customer_id", UUID.class),
                            row.get("family_id", UUID.class), row.get("issued_at", Instant.class),
                            row.get("expires_at", Instant.class), row.get("rotated_at", Instant.class),
                            row.get("revoked_at", Instant.class), successor == null ? null : sealing.open(successor));
                })
                .one();
    }

    /** Marks the token rotated and keeps its successor (sealed) for the grace window. */
    public Mono<Void> markRotated(String token, String successor, Instant now) {
        return db.sql("UPDATE refresh_tokens SET rotated_at = :now, successor = :successor WHERE token_hash = :hash")
                .bind("now", now).bind("successor", sealing.seal(successor)).bind("hash", hash(token))
                .fetch().rowsUpdated().then();
    }

    /** The successor a token rotated at {@code rotatedAt} still yields at {@code now}, if within the grace window. */
    public Optional<String> successorWithinGrace(StoredRefreshToken stored, Instant now) {
        boolean within = stored.rotatedAt() != null && stored.revokedAt() == null
                && !now.isAfter(stored.rotatedAt().plus(grace));
        return within ? Optional.ofNullable(stored.successor()) : Optional.empty();
    }

    /** Revokes a session's tokens; true when it was still open (its tokens worked until now). */
    public Mono<Boolean> revokeFamily(UUID customerId, UUID familyId, Instant now) {
        return db.sql("""
                        UPDATE refresh_tokens SET revoked_at = :now, successor = NULL
                        WHERE customer_id = :c AND family_id = :family AND revoked_at IS NULL""")
                .bind("now", now).bind("c", customerId).bind("family", familyId)
                .fetch().rowsUpdated().map(rows -> rows > 0);
    }

    public Mono<Void> revokeAll(UUID customerId, Instant now) {
        return db.sql("""
                        UPDATE refresh_tokens SET revoked_at = :now, successor = NULL
                        WHERE customer_id = :c AND revoked_at IS NULL""")
                .bind("now", now).bind("c", customerId).fetch().rowsUpdated().then();
    }

    /** Drops successors past their grace window, so a copy of the database holds no usable refresh token. */
    @Scheduled(fixedDelayString = "${identity.refresh.forget-successors-interval:1m}")
    void forgetSuccessors() {
        forgetting.pass(() -> db.sql(
                        "UPDATE refresh_tokens SET successor = NULL WHERE successor IS NOT NULL AND rotated_at < :before")
                .bind("before", clock.instant().minus(grace)).fetch().rowsUpdated());
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A refresh token as stored: usable when neither rotated, revoked nor expired; {@code successor} is the token it
     * was rotated to, in clear, while kept.
     */
    public record StoredRefreshToken(UUID customerId, UUID familyId, Instant issuedAt, Instant expiresAt,
                                     Instant rotatedAt, Instant revokedAt, String successor) {

        public boolean wasRotated() {
            return rotatedAt != null;
        }

        public boolean usableAt(Instant now) {
            return rotatedAt == null && revokedAt == null && now.isBefore(expiresAt);
        }
    }
}
