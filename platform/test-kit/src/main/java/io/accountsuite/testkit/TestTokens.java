package io.accountsuite.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
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
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in token issuer for testing one service on its own: it signs access tokens with a key of its own and
 * publishes that key over real HTTP as a JWKS, exactly as identity-service does, so the service's real JWT
 * validation runs. End-to-end suites use identity-service itself.
 */
public final class TestTokens {

    private static RSAKey key;
    private static String jwksUri;

    private TestTokens() {
    }

    public static synchronized String jwksUri() {
        if (jwksUri == null) {
            try {
                key = new RSAKeyGenerator(2048).keyID("test-" + UUID.randomUUID()).generate();
                byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
                HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                server.createContext("/.well-known/jwks.json", exchange -> {
                    exchange.getResponseHeaders().set("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, jwks.length);
                    exchange.getResponseBody().write(jwks);
                    exchange.close();
                });
                server.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
                jwksUri = "http://127.0.0.1:" + server.getAddress().getPort() + "/.well-known/jwks.json";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
        return jwksUri;
    }

    /** An access token for a customer with the given roles, valid for 15 minutes. */
    public static String accessToken(UUID customerId, String... roles) {
        return sign(customerId, Duration.ofMinutes(15), roles);
    }

    /** A token issued at a given instant (to test session cut-offs), valid for 15 minutes from then. */
    public static String accessTokenIssuedAt(UUID customerId, Instant issuedAt, String... roles) {
        return sign(key(), customerId, issuedAt, Duration.ofMinutes(15), roles);
    }

    /**
     * A token of the given sign-in session ({@code sid}) from {@code issuer} for {@code audience}, issued 5 seconds
     * ago: to test revoked sessions, and tokens from another issuer or for another audience.
     */
    public static String sessionToken(UUID customerId, UUID sessionId, String issuer, String audience) {
        return sign(key(), customerId, Instant.now().minusSeconds(5), Duration.ofMinutes(15), issuer, audience,
                sessionId);
    }

    /** A token that expired a minute ago. */
    public static String expiredToken(UUID customerId) {
        return sign(customerId, Duration.ofMinutes(-1));
    }

    /** A well-formed token signed by a key no service trusts. */
    public static String tokenSignedByStranger(UUID customerId) {
        try {
            RSAKey stranger = new RSAKeyGenerator(2048).keyID(key().getKeyID()).generate();
            return sign(stranger, customerId, Duration.ofMinutes(15));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(UUID customerId, Duration validity, String... roles) {
        return sign(key(), customerId, validity, roles);
    }

    private static String sign(RSAKey signingKey, UUID customerId, Duration validity, String... roles) {
        return sign(signingKey, customerId, Instant.now().minusSeconds(5), validity.plusSeconds(5), roles);
    }

    private static String sign(RSAKey signingKey, UUID customerId, Instant issuedAt, Duration validity,
                               String... roles) {
        return sign(signingKey, customerId, issuedAt, validity, "account-suite", "account-suite", UUID.randomUUID(),
                roles);
    }

    /** As identity-service issues them: {@code iss} and {@code aud} are the suite's unless a test says otherwise. */
    private static String sign(RSAKey signingKey, UUID customerId, Instant issuedAt, Duration validity, String issuer,
                               String audience, UUID sessionId, String... roles) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(customerId.toString())
                .issuer(issuer)
                .audience(audience)
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(validity)))
                .claim("sid", sessionId.toString())
                .claim("roles", List.of(roles.length == 0 ? new String[] {"customer"} : roles))
                .build();
        try {
            var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(signingKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized RSAKey key() {
        jwksUri();
        return key;
    }
}
