package io.accountsuite.identity.token;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How identity-service issues tokens ({@code identity.*}; README "Configuration").
 *
 * @param issuer      the {@code iss} of every access token (ASVS v5 9.2.3)
 * @param audience    the {@code aud} of every access token
 * @param signingKeys the key sealing the signing keys at rest, the keys it replaced, and how long keys read from the
 *                    database are reused
 * @param refresh     how long a rotated refresh token still yields the same successor
 */
@ConfigurationProperties("identity")
public record TokenSettings(@DefaultValue("account-suite") String issuer, @DefaultValue("account-suite") String audience,
                            @DefaultValue SigningKeys signingKeys, @DefaultValue Refresh refresh) {

    /**
     * @param encryptionKey          AES key (base64, 32 bytes) sealing the signing keys; empty only in development
     * @param previousEncryptionKeys keys that sealed keys before, still accepted to open them
     * @param cache                  how long keys read from the database are reused (30 s)
     */
    public record SigningKeys(@DefaultValue("") String encryptionKey,
                              @DefaultValue List<String> previousEncryptionKeys,
                              @DefaultValue("30s") Duration cache) {
    }

    /** @param grace how long after a rotation the rotated token still yields the same successor (10 s) */
    public record Refresh(@DefaultValue("10s") Duration grace) {
    }
}
