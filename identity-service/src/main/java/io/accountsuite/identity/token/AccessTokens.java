package io.accountsuite.identity.token;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.accountsuite.identity.customer.Customer;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Short-lived access tokens: RS256 JWTs naming the customer ({@code sub}), their roles and the sign-in session
 * ({@code sid}), signed by the current key ({@code kid} in the header).
 */
@Component
public class AccessTokens {

    public static final Duration LIFETIME = Duration.ofMinutes(15);

    private final SigningKeys keys;
    private final String issuer;
    private final String audience;

    public AccessTokens(SigningKeys keys, TokenSettings settings) {
        this.keys = keys;
        this.issuer = settings.issuer();
        this.audience = settings.audience();
    }

    /**
     * Issued-at is the later of now and the customer's session cut-off (rounded up to the second, as JWT times
     * are): a token issued right after a password change must not count as issued before it.
     */
    public Mono<String> issue(Customer customer, UUID sessionId, Instant now) {
        Instant issuedAt = now.isBefore(customer.sessionsValidAfter()) ? customer.sessionsValidAfter() : now;
        return keys.signingKey().map(key -> sign(key, customer, sessionId, issuedAt));
    }

    private String sign(RSAKey key, Customer customer, UUID sessionId, Instant issuedAt) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .subject(customer.id().toString())
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(LIFETIME)))
                .jwtID(UUID.randomUUID().toString())
                .claim("sid", sessionId.toString())
                .claim("roles", List.copyOf(customer.roles()))
                .build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign an access token", e);
        }
    }
}
