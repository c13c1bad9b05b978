package io.accountsuite.identity.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import io.accountsuite.testkit.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The signing keys as they sit in identity's database: sealed, and sealed again when the encryption key changes.
 * Each test makes its own rows (the keys cache may outlive the cleaned tables).
 */
@ServiceTest
class SealedSigningKeysIT {

    @Autowired SigningKeys signingKeys;
    @Autowired DatabaseClient db;
    @Autowired Clock clock;
    @Value("${identity.signing-keys.encryption-key}") String encryptionKey;

    @Test
    void the_database_holds_no_private_key_material() {
        signingKeys.rotate().block();

        List<String> stored = storedJwks();
        assertThat(stored).isNotEmpty().allSatisfy(jwk -> assertThat(jwk).startsWith("ey").doesNotContain("\"d\""));
    }

    @Test
    void a_key_stored_plain_by_an_earlier_version_is_sealed_on_request_and_still_published() throws Exception {
        RSAKey plain = new RSAKeyGenerator(2048).keyID("plain-key").generate();
        db.sql("INSERT INTO signing_keys (kid, jwk, activated_at) VALUES ('plain-key', :jwk, :at)")
                .bind("jwk", plain.toJSONString()).bind("at", Instant.parse("2026-01-01T00:00:00Z"))
                .fetch().rowsUpdated().block();

        assertThat(storedJwks()).singleElement().satisfies(jwk -> assertThat(jwk).startsWith("{"));
        assertThat(signingKeys.resealStoredKeys().block()).isEqualTo(1);

        assertThat(storedJwks()).singleElement().satisfies(jwk -> assertThat(jwk).startsWith("ey"));
        assertThat(signingKeys.publicKeys().block().getKeyByKeyId("plain-key")).isNotNull();
        assertThat(signingKeys.resealStoredKeys().block()).isZero();
    }

    @Test
    void after_a_change_of_encryption_key_stored_keys_are_sealed_again_and_the_old_key_alone_cannot_start() {
        String kid = signingKeys.rotate().block();
        SigningKeys rotated = new SigningKeys(db, clock, new TokenSettings("account-suite", "account-suite",
                new TokenSettings.SigningKeys(KeySealingTest.newEncryptionKey(), List.of(encryptionKey), Duration.ZERO),
                new TokenSettings.Refresh(Duration.ofSeconds(10))));

        assertThat(rotated.resealStoredKeys().block()).isEqualTo(1);

        assertThat(rotated.publicKeys().block().getKeyByKeyId(kid)).isNotNull();
        assertThatThrownBy(signingKeys::checkStoredKeysOpen)
                .isInstanceOf(KeySealing.UnreadableKey.class)
                .hasMessageContaining("neither the current nor a previous encryption key");
    }

    @Test
    void keys_swapped_between_rows_are_refused() {
        String first = signingKeys.rotate().block();
        String second = signingKeys.rotate().block();
        db.sql("UPDATE signing_keys a SET jwk = b.jwk FROM signing_keys b "
                        + "WHERE a.kid = :first AND b.kid = :second")
                .bind("first", first).bind("second", second).fetch().rowsUpdated().block();

        assertThatThrownBy(signingKeys::checkStoredKeysOpen)
                .isInstanceOf(KeySealing.UnreadableKey.class)
                .hasMessage("the signing key stored as " + first + " is key " + second);
        assertThatThrownBy(() -> signingKeys.publicKeys().block()).isInstanceOf(KeySealing.UnreadableKey.class);
    }

    private List<String> storedJwks() {
        return db.sql("SELECT jwk FROM signing_keys").map(row -> row.get("jwk", String.class)).all().collectList()
                .block();
    }
}
