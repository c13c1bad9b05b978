package io.accountsuite.identity.token;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeySealingTest {

    private static final String OLD = newEncryptionKey();
    private static final String NEW = newEncryptionKey();
    private static String jwk;
    private static String privateExponent;

    @BeforeAll
    static void signingKey() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("k1").generate();
        jwk = key.toJSONString();
        privateExponent = key.getPrivateExponent().toString();
    }

    @Test
    void a_sealed_key_hides_its_private_part_and_opens_back_to_the_same_jwk() {
        KeySealing sealing = new KeySealing(NEW, List.of());

        String stored = sealing.seal(jwk);

        assertThat(stored).doesNotContain(privateExponent).doesNotContain("\"d\"");
        assertThat(sealing.open(stored)).isEqualTo(jwk);
        assertThat(sealing.needsResealing(stored)).isFalse();
    }

    @Test
    void without_an_encryption_key_keys_are_stored_plain_and_nothing_is_resealed() {
        KeySealing sealing = new KeySealing("", List.of());

        assertThat(sealing.sealing()).isFalse();
        assertThat(sealing.seal(jwk)).isEqualTo(jwk);
        assertThat(sealing.open(jwk)).isEqualTo(jwk);
        assertThat(sealing.needsResealing(jwk)).isFalse();
    }

    @Test
    void a_plain_key_stays_readable_once_an_encryption_key_is_set_and_asks_to_be_sealed() {
        KeySealing sealing = new KeySealing(NEW, List.of());

        assertThat(sealing.open(jwk)).isEqualTo(jwk);
        assertThat(sealing.needsResealing(jwk)).isTrue();
    }

    @Test
    void a_key_sealed_under_a_previous_encryption_key_opens_and_asks_to_be_sealed_again() {
        String stored = new KeySealing(OLD, List.of()).seal(jwk);
        KeySealing rotated = new KeySealing(NEW, List.of(OLD));

        assertThat(rotated.open(stored)).isEqualTo(jwk);
        assertThat(rotated.needsResealing(stored)).isTrue();
        assertThat(rotated.needsResealing(rotated.seal(jwk))).isFalse();
    }

    @Test
    void a_key_sealed_under_an_unknown_encryption_key_is_refused_by_name() {
        String stored = new KeySealing(OLD, List.of()).seal(jwk);

        assertThatThrownBy(() -> new KeySealing(NEW, List.of()).open(stored))
                .isInstanceOf(KeySealing.UnreadableKey.class)
                .hasMessageContaining("neither the current nor a previous encryption key");
        assertThatThrownBy(() -> new KeySealing("", List.of()).open(stored))
                .isInstanceOf(KeySealing.UnreadableKey.class);
    }

    @Test
    void a_tampered_sealed_key_does_not_open() {
        KeySealing sealing = new KeySealing(NEW, List.of());
        String[] parts = sealing.seal(jwk).split("\\.");
        char[] ciphertext = parts[3].toCharArray();
        ciphertext[10] = ciphertext[10] == 'A' ? 'B' : 'A';
        parts[3] = new String(ciphertext);

        assertThatThrownBy(() -> sealing.open(String.join(".", parts))).isInstanceOf(KeySealing.UnreadableKey.class);
    }

    @Test
    void an_encryption_key_that_is_not_256_bits_of_base64_is_refused_at_start() {
        assertThatThrownBy(() -> new KeySealing("c2hvcnQ=", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new KeySealing("not base64!", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("base64");
        assertThatThrownBy(() -> new KeySealing(NEW, List.of("c2hvcnQ=")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static String newEncryptionKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
