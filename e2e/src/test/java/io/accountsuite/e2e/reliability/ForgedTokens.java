package io.accountsuite.e2e.reliability;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.DirectDecrypter;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.accountsuite.e2e.RunningSuite;
import io.accountsuite.local.Application;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Access tokens made from a real one the way an attacker holding some of the pieces would, and the suite's own
 * signing key to make the ones only a key holder could (expired, for another audience or issuer). The key is read
 * where identity-service keeps it: the newest row of {@code signing_keys} in its database, a JWE (direct
 * AES-256-GCM) sealed with the key-encryption key the running suite gives identity-service
 * ({@code IDENTITY_SIGNING_KEY_ENCRYPTION_KEY}), opened here as identity-service's {@code KeySealing} opens it.
 */
final class ForgedTokens {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RSAKey suiteKey;

    private ForgedTokens(RSAKey suiteKey) {
        this.suiteKey = suiteKey;
    }

    /** With the key that signed {@code token} (its {@code kid}), read from identity-service's database. */
    static ForgedTokens withTheKeyThatSigned(String token) {
        try {
            String kid = SignedJWT.parse(token).getHeader().getKeyID();
            String stored = storedKey(kid);
            String jwk = stored.stripLeading().startsWith("{") ? stored : unseal(stored);
            return new ForgedTokens(RSAKey.parse(jwk));
        } catch (ParseException | JOSEException | SQLException e) {
            throw new IllegalStateException("cannot read the suite's signing key", e);
        }
    }

    /** The token's claims signed again with the suite's key: a control that must be accepted. */
    String signedAgain(String token) {
        return sign(suiteKey, claims(token).build());
    }

    /** The token's claims with its lifetime an hour in the past, signed with the suite's key. */
    String expired(String token) {
        Instant issued = Instant.now().minus(Duration.ofHours(1));
        return sign(suiteKey, claims(token).issueTime(Date.from(issued))
                .expirationTime(Date.from(issued.plus(Duration.ofMinutes(15)))).build());
    }

    /** The token's claims for another audience, signed with the suite's key. */
    String forAudience(String token, String audience) {
        return sign(suiteKey, claims(token).audience(audience).build());
    }

    /** The token's claims from another issuer, signed with the suite's key. */
    String fromIssuer(String token, String issuer) {
        return sign(suiteKey, claims(token).issuer(issuer).build());
    }

    /** The token's claims signed by a key of the attacker's own that claims the suite key's id. */
    static String signedByAnotherKey(String token) {
        try {
            String kid = SignedJWT.parse(token).getHeader().getKeyID();
            return sign(new RSAKeyGenerator(2048).keyID(kid).generate(), claims(token).build());
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The token with the admin role added to its payload and its signature kept. */
    static String tampered(String token) {
        String[] parts = token.split("\\.");
        ObjectNode payload = (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        ArrayNode roles = payload.putArray("roles");
        roles.add("customer");
        roles.add("admin");
        String changed = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(JSON.writeValueAsString(payload).getBytes(StandardCharsets.UTF_8));
        return parts[0] + "." + changed + "." + parts[2];
    }

    /** The token's claims under {@code "alg": "none"}, with no signature. */
    static String unsigned(String token) {
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + token.split("\\.")[1] + ".";
    }

    private static JWTClaimsSet.Builder claims(String token) {
        try {
            JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
            List<String> roles = new ArrayList<>(claims.getStringListClaim("roles"));
            return new JWTClaimsSet.Builder(claims).claim("roles", roles);
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String storedKey(String kid) throws SQLException {
        try (Connection db = DriverManager.getConnection(RunningSuite.jdbcUrl("identity"), "postgres", "");
             PreparedStatement query = db.prepareStatement("SELECT jwk FROM signing_keys WHERE kid = ?")) {
            query.setString(1, kid);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("identity-service keeps no signing key " + kid);
                }
                return rows.getString(1);
            }
        }
    }

    private static String unseal(String sealed) throws ParseException, JOSEException {
        String encryptionKey = RunningSuite.suite().applications().stream()
                .filter(app -> app.name().equals("identity-service")).findFirst().map(Application::environment)
                .map(env -> env.get("IDENTITY_SIGNING_KEY_ENCRYPTION_KEY")).orElseThrow();
        JWEObject jwe = JWEObject.parse(sealed);
        jwe.decrypt(new DirectDecrypter(new SecretKeySpec(Base64.getDecoder().decode(encryptionKey), "AES")));
        return jwe.getPayload().toString();
    }
}
