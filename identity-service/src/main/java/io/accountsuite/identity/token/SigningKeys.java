package io.accountsuite.identity.token;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The token signing keys, kept in the database so every instance signs with the same key and publishes the same
 * set. The newest active key signs; older keys stay published until retired, so tokens they signed stay valid
 * until they expire. {@link #rotate()} adds a new signing key (RUNBOOK: rotating the signing key). Private parts
 * are sealed with the configured encryption key before they are stored ({@link KeySealing}).
 */
@Component
public class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    private final DatabaseClient db;
    private final Clock clock;
    private final KeySealing sealing;
    private final Duration cache;
    private volatile Loaded loaded;

    public SigningKeys(DatabaseClient db, Clock clock, TokenSettings settings) {
        this.db = db;
        this.clock = clock;
        this.sealing = new KeySealing(settings.signingKeys().encryptionKey(),
                settings.signingKeys().previousEncryptionKeys());
        this.cache = settings.signingKeys().cache();
    }

    /**
     * Opens every stored key before the instance takes traffic: a wrong encryption key stops the start with a clear
     * message rather than failing each sign-in. Keys are not sealed again here: during a rolling deployment the
     * instances still running the previous settings could no longer open them.
     */
    @EventListener(ApplicationReadyEvent.class)
    void checkStoredKeysOpen() {
        if (!sealing.sealing()) {
            log.warn("Signing keys are stored unsealed: set IDENTITY_SIGNING_KEY_ENCRYPTION_KEY outside development");
        }
        Long unsealed = storedKeys().filter(stored -> sealing.needsResealing(stored.stored())).count()
                .block(Duration.ofMinutes(1));
        if (unsealed != null && unsealed > 0) {
            log.warn("{} stored signing key(s) are not sealed with the current encryption key: once every instance "
                    + "runs with it, POST /api/admin/signing-keys/resealing (RUNBOOK)", unsealed);
        }
    }

    /**
     * Seals again every stored key kept plain or under a previous encryption key, answering how many; for the
     * operator once every instance runs with the current encryption key. Safe on several instances at once: a row
     * is only replaced if it still holds what was read.
     */
    public Mono<Long> resealStoredKeys() {
        return storedKeys()
                .concatMap(this::resealIfNeeded)
                .reduce(0L, Long::sum)
                .doOnNext(n -> loaded = null);
    }

    /** Every stored row with its key opened (failing on one the configured encryption keys cannot open). */
    private Flux<StoredKey> storedKeys() {
        return db.sql("SELECT kid, jwk FROM signing_keys")
                .map(row -> new StoredText(row.get("kid", String.class), row.get("jwk", String.class)))
                .all()
                // Read every row before opening any: a key that cannot be opened then fails the call without
                // abandoning a query half-read on its connection.
                .collectList()
                .flatMapMany(Flux::fromIterable)
                .map(row -> new StoredKey(row.kid(), row.jwk(), keyOf(row.kid(), row.jwk())));
    }

    private Mono<Long> resealIfNeeded(StoredKey key) {
        if (!sealing.needsResealing(key.stored())) {
            return Mono.just(0L);
        }
        return db.sql("UPDATE signing_keys SET jwk = :sealed WHERE kid = :kid AND jwk = :read")
                .bind("sealed", sealing.seal(key.key().toJSONString())).bind("kid", key.kid())
                .bind("read", key.stored())
                .fetch().rowsUpdated();
    }

    /** The key that signs new tokens; created on first use when the database has none. */
    public Mono<RSAKey> signingKey() {
        return keys().flatMap(keys -> keys.isEmpty() ? rotate().then(reload()) : Mono.just(keys))
                .map(keys -> keys.get(0));
    }

    /** Every published key, newest first: the JWKS. */
    public Mono<JWKSet> publicKeys() {
        return keys().map(keys -> new JWKSet(keys.stream().map(k -> (JWK) k.toPublicJWK())
                .toList()));
    }

    /** Adds a new key that signs from now on; the previous ones stay published. */
    public Mono<String> rotate() {
        RSAKey key = generate();
        return db.sql("INSERT INTO signing_keys (kid, jwk, activated_at) VALUES (:kid, :jwk, :at)")
                .bind("kid", key.getKeyID())
                .bind("jwk", sealing.seal(key.toJSONString()))
                .bind("at", clock.instant())
                .fetch().rowsUpdated()
                .doOnNext(n -> loaded = null)
                .thenReturn(key.getKeyID());
    }

    /** A key as the admin sees it: no key material, only its id and when it was activated or retired. */
    public record KeyInfo(String kid, Instant activatedAt, Instant retiredAt, boolean signing, String sealedWith) {
    }

    /** Every key ever made, newest first; the newest unretired one signs. */
    public Mono<List<KeyInfo>> list() {
        return signingKey().map(RSAKey::getKeyID).flatMap(signing -> db.sql(
                        "SELECT kid, jwk, activated_at, retired_at FROM signing_keys ORDER BY activated_at DESC")
                .map(row -> new KeyInfo(row.get("kid", String.class), row.get("activated_at", Instant.class),
                        row.get("retired_at", Instant.class), signing.equals(row.get("kid", String.class)),
                        sealing.sealedWith(row.get("jwk", String.class))))
                .all().collectList());
    }

    /** Stops publishing a key; tokens it signed stop verifying. */
    public Mono<Void> retire(String kid) {
        return db.sql("UPDATE signing_keys SET retired_at = :at WHERE kid = :kid")
                .bind("at", clock.instant()).bind("kid", kid)
                .fetch().rowsUpdated().doOnNext(n -> loaded = null).then();
    }

    private Mono<List<RSAKey>> keys() {
        Loaded current = loaded;
        if (current != null && current.at().plus(cache).isAfter(clock.instant())) {
            return Mono.just(current.keys());
        }
        return reload();
    }

    private Mono<List<RSAKey>> reload() {
        return db.sql("SELECT kid, jwk, activated_at FROM signing_keys WHERE retired_at IS NULL")
                .map(row -> new StoredRow(row.get("kid", String.class), row.get("jwk", String.class),
                        row.get("activated_at", Instant.class)))
                .all()
                .collectList()
                .flatMapIterable(rows -> rows)
                .map(row -> new Stored(keyOf(row.kid(), row.jwk()), row.activatedAt()))
                .sort(Comparator.comparing(Stored::activatedAt).reversed())
                .map(Stored::key)
                .collectList()
                .doOnNext(keys -> loaded = keys.isEmpty() ? null : new Loaded(keys, clock.instant()));
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate a signing key", e);
        }
    }

    /**
     * The key a row holds. Its kid is inside the sealed payload, so it must be the row's: rows whose keys were
     * swapped in the database are refused rather than served under each other's ids.
     */
    private RSAKey keyOf(String kid, String stored) {
        RSAKey key = parse(sealing.open(stored));
        if (!kid.equals(key.getKeyID())) {
            throw new KeySealing.UnreadableKey("the signing key stored as " + kid + " is key " + key.getKeyID());
        }
        return key;
    }

    private static RSAKey parse(String json) {
        try {
            return RSAKey.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("a stored signing key is unreadable", e);
        }
    }

    private record Stored(RSAKey key, Instant activatedAt) {
    }

    private record StoredText(String kid, String jwk) {
    }

    /** A row as stored, and the key it holds. */
    private record StoredKey(String kid, String stored, RSAKey key) {
    }

    private record StoredRow(String kid, String jwk, Instant activatedAt) {
    }

    private record Loaded(List<RSAKey> keys, Instant at) {
    }
}
