package io.accountsuite.identity.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.DirectDecrypter;
import com.nimbusds.jose.crypto.DirectEncrypter;

/**
 * Seals the signing keys' private parts before they reach the database, so a copy of the database (a backup, a
 * replica, a support dump) cannot mint tokens. A sealed key is a JWE (direct AES-256-GCM) whose header names the
 * encryption key by a fingerprint, so keys sealed under a previous encryption key still open while the operator
 * rotates it. Without an encryption key, keys are stored as plain JWK JSON (a developer's machine); plain keys stay
 * readable once one is set, and {@link #needsResealing} says which stored keys to seal again.
 */
public final class KeySealing {

    private final Optional<Sealer> current;
    private final Map<String, SecretKey> openers = new LinkedHashMap<>();

    /**
     * @param encryptionKey base64 of 32 random bytes, or blank to store keys unsealed
     * @param previousEncryptionKeys earlier encryption keys, only to open what they sealed
     */
    public KeySealing(String encryptionKey, List<String> previousEncryptionKeys) {
        current = blank(encryptionKey) ? Optional.empty() : Optional.of(new Sealer(decode(encryptionKey)));
        current.ifPresent(sealer -> openers.put(sealer.kid(), sealer.key()));
        previousEncryptionKeys.stream().filter(k -> !blank(k)).map(KeySealing::decode)
                .forEach(key -> openers.putIfAbsent(fingerprint(key), key));
    }

    public boolean sealing() {
        return current.isPresent();
    }

    /** What to store for a key's JWK JSON. */
    public String seal(String jwkJson) {
        return current.map(sealer -> sealer.seal(jwkJson)).orElse(jwkJson);
    }

    /** The JWK JSON back from what was stored; a stored key none of the configured keys opens is an error. */
    public String open(String stored) {
        if (isPlain(stored)) {
            return stored;
        }
        try {
            JWEObject jwe = JWEObject.parse(stored);
            SecretKey key = openers.get(jwe.getHeader().getKeyID());
            if (key == null) {
                throw new UnreadableKey("a signing key is sealed with encryption key " + jwe.getHeader().getKeyID()
                        + ", which is neither the current nor a previous encryption key");
            }
            jwe.decrypt(new DirectDecrypter(key));
            return jwe.getPayload().toString();
        } catch (ParseException | JOSEException e) {
            throw new UnreadableKey("a stored signing key cannot be opened: " + e.getMessage());
        }
    }

    /** Whether a stored key should be sealed again with the current encryption key (plain, or sealed by an old one). */
    public boolean needsResealing(String stored) {
        if (current.isEmpty()) {
            return false;
        }
        if (isPlain(stored)) {
            return true;
        }
        try {
            return !current.get().kid().equals(JWEObject.parse(stored).getHeader().getKeyID());
        } catch (ParseException e) {
            throw new UnreadableKey("a stored signing key cannot be parsed: " + e.getMessage());
        }
    }

    /** How a stored key is sealed, for the admin's list: "current", "previous" (encryption key) or "none". */
    public String sealedWith(String stored) {
        if (isPlain(stored)) {
            return "none";
        }
        return needsResealing(stored) ? "previous" : "current";
    }

    /** A stored signing key that cannot be read with the configured encryption keys. */
    public static final class UnreadableKey extends IllegalStateException {
        UnreadableKey(String message) {
            super(message);
        }
    }

    private record Sealer(SecretKey key, String kid) {
        Sealer(SecretKey key) {
            this(key, fingerprint(key));
        }

        String seal(String json) {
            JWEObject jwe = new JWEObject(new JWEHeader.Builder(JWEAlgorithm.DIR, EncryptionMethod.A256GCM)
                    .keyID(kid).build(), new Payload(json));
            try {
                jwe.encrypt(new DirectEncrypter(key));
            } catch (JOSEException e) {
                throw new IllegalStateException("cannot seal a signing key", e);
            }
            return jwe.serialize();
        }
    }

    private static boolean isPlain(String stored) {
        return stored.stripLeading().startsWith("{");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static SecretKey decode(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a signing-key encryption key must be base64 (e.g. openssl rand -base64 32)");
        }
        if (bytes.length != 32) {
            throw new IllegalArgumentException("a signing-key encryption key must be 32 bytes (256 bits), not "
                    + bytes.length + " (e.g. openssl rand -base64 32)");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    /** Names an encryption key without revealing it: the first 12 bytes of its SHA-256, base64url. */
    private static String fingerprint(SecretKey key) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update("account-suite signing-key encryption key:".getBytes(StandardCharsets.UTF_8));
            byte[] digest = sha256.digest(key.getEncoded());
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
