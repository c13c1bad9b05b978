package io.accountsuite.identity.admin;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import io.accountsuite.identity.IdentityClient;
import io.accountsuite.identity.IdentityClient.Signed;
import io.accountsuite.identity.customer.Customer;
import io.accountsuite.identity.customer.Language;
import io.accountsuite.identity.customer.Registration;
import io.accountsuite.identity.token.SigningKeys;
import io.accountsuite.testkit.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static io.accountsuite.identity.IdentityClient.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class AdminSigningKeysIT {

    @Autowired WebTestClient web;
    @Autowired Registration registration;
    @Autowired SigningKeys signingKeys;
    @Autowired DatabaseClient db;

    /** Each test signs with a key of its own database: the key cache would otherwise outlive the cleaned tables. */
    @BeforeEach
    void aStoredSigningKey() {
        signingKeys.rotate().block();
    }

    @Test
    void rotating_signs_with_the_new_key_while_the_old_one_verifies_until_retired() throws Exception {
        IdentityClient identity = new IdentityClient(web);
        String admin = admin(identity);
        String oldKid = kidOf(admin);

        String newKid = (String) identity.post("/api/admin/signing-keys", admin, Map.of()).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("kid");
        Signed ann = identity.register();
        assertThat(kidOf(ann.accessToken())).isEqualTo(newKid);
        assertThat(publishedKids()).contains(oldKid, newKid);
        identity.get("/api/account/profile", admin).expectStatus().isOk();

        web.delete().uri("/api/admin/signing-keys/" + newKid).headers(h -> h.setBearerAuth(ann.accessToken()))
                .exchange().expectStatus().isForbidden();
        String fresh = admin(identity);
        web.delete().uri("/api/admin/signing-keys/" + newKid).headers(h -> h.setBearerAuth(fresh))
                .exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("https://account-suite.example/problems/signing-key-in-use");
        web.delete().uri("/api/admin/signing-keys/" + oldKid).headers(h -> h.setBearerAuth(fresh))
                .exchange().expectStatus().isNoContent();

        assertThat(publishedKids()).contains(newKid).doesNotContain(oldKid);
        identity.get("/api/admin/signing-keys", fresh).expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.kid == '" + oldKid + "')].retiredAt").isNotEmpty()
                .jsonPath("$[?(@.kid == '" + newKid + "')].signing").isEqualTo(List.of(true))
                .jsonPath("$[0].jwk").doesNotExist();
    }

    @Test
    void the_admin_sees_how_each_key_is_sealed_and_seals_them_again_on_request() throws Exception {
        IdentityClient identity = new IdentityClient(web);
        String admin = admin(identity);
        db.sql("INSERT INTO signing_keys (kid, jwk, activated_at) VALUES ('old-plain-key', :jwk, now() - interval '1 day')")
                .bind("jwk", new RSAKeyGenerator(2048).keyID("old-plain-key").generate().toJSONString())
                .fetch().rowsUpdated().block();
        identity.get("/api/admin/signing-keys", admin).expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.kid == 'old-plain-key')].sealedWith").isEqualTo(List.of("none"));

        identity.post("/api/admin/signing-keys/resealing", admin, Map.of()).expectStatus().isOk()
                .expectBody().jsonPath("$.resealed").isEqualTo(1);

        List<Map<String, Object>> keys = identity.get("/api/admin/signing-keys", admin).expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() { })
                .returnResult().getResponseBody();
        assertThat(keys).extracting(key -> key.get("sealedWith")).containsOnly("current");
        web.post().uri("/api/admin/signing-keys/resealing").headers(h -> h.setBearerAuth(identity.register()
                .accessToken())).exchange().expectStatus().isForbidden();
    }

    private String admin(IdentityClient identity) {
        String email = "keys-admin-" + System.nanoTime() + "@example.com";
        registration.register(email, PASSWORD, "Admin", Set.of(Customer.CUSTOMER, Customer.ADMIN), Language.EN).block();
        return (String) identity.tokens(identity.login(email, PASSWORD)).get("accessToken");
    }

    private List<String> publishedKids() throws Exception {
        String jwks = web.get().uri("/.well-known/jwks.json").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        return JWKSet.parse(jwks).getKeys().stream().map(k -> k.getKeyID()).toList();
    }

    private static String kidOf(String token) throws Exception {
        return SignedJWT.parse(token).getHeader().getKeyID();
    }
}
