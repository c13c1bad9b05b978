package io.accountsuite.identity.login;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import io.accountsuite.contracts.Topics;
import io.accountsuite.identity.IdentityClient;
import io.accountsuite.identity.IdentityClient.Signed;
import io.accountsuite.platform.problem.ProblemType;
import io.accountsuite.testkit.Concurrently;
import io.accountsuite.testkit.ApiDescriptionContract;
import io.accountsuite.testkit.ContractFixtures;
import io.accountsuite.testkit.ServiceTest;
import io.accountsuite.testkit.TopicReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;

import static io.accountsuite.identity.IdentityClient.PASSWORD;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceTest
class AuthenticationIT {

    @Autowired WebTestClient web;
    @Autowired DatabaseClient db;
    IdentityClient identity;

    @BeforeEach
    void client() {
        identity = new IdentityClient(web);
    }

    @Test
    void a_registered_customer_signs_in_and_reads_their_profile() {
        Signed ann = identity.register();
        Map<?, ?> tokens = identity.tokens(identity.login(ann.email().toUpperCase(), PASSWORD));

        assertThat(tokens.get("expiresIn")).isEqualTo(900);
        assertThat(tokens.get("tokenType")).isEqualTo("Bearer");
        byte[] profile = identity.get("/api/account/profile", (String) tokens.get("accessToken")).expectStatus()
                .isOk().expectBody().jsonPath("$.id").isEqualTo(ann.id().toString())
                .jsonPath("$.email").isEqualTo(ann.email())
                .jsonPath("$.name").isEqualTo("Ann Example")
                .returnResult().getResponseBody();
        // The gateway's page reads these fields (ContractFixtures "identity/profile"): renaming one fails here.
        ContractFixtures.assertCarriesEveryField("identity/profile", new String(profile, UTF_8));
        ApiDescriptionContract.assertAnswerMatchesDescription(web, "GET", "/api/account/profile", 200, new String(profile, UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0007\u001b[2J", "not an email", "x@y"})
    void text_that_is_no_email_is_refused_like_a_wrong_password(String email) {
        identity.login(email, PASSWORD).expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").isEqualTo("Wrong email or password");
    }

    @Test
    void every_operation_of_the_api_description_has_a_summary() {
        ApiDescriptionContract.assertEveryOperationSummarised(web);
    }

    @Test
    void access_tokens_verify_against_the_published_keys() throws Exception {
        Signed ann = identity.register();
        String jwks = web.get().uri("/.well-known/jwks.json").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(jwks).doesNotContain("\"d\":").doesNotContain("\"p\":");

        SignedJWT jwt = SignedJWT.parse(ann.accessToken());
        RSAKey key = JWKSet.parse(jwks).getKeyByKeyId(jwt.getHeader().getKeyID()).toRSAKey();
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo(ann.id().toString());
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("customer");
        assertThat(jwt.getJWTClaimsSet().getExpirationTime().getTime()
                - jwt.getJWTClaimsSet().getIssueTime().getTime()).isEqualTo(15 * 60 * 1000);
    }

    @Test
    void a_hash_made_with_weaker_parameters_is_redone_at_sign_in() {
        Signed ann = identity.register();
        String weak = new Argon2PasswordEncoder(16, 32, 1, 4096, 1).encode(PASSWORD);
        db.sql("UPDATE customers SET password_hash = :h WHERE id = :id").bind("h", weak).bind("id", ann.id())
                .fetch().rowsUpdated().block();

        identity.tokens(identity.login(ann.email(), PASSWORD));

        String stored = db.sql("SELECT password_hash FROM customers WHERE id = :id").bind("id", ann.id())
                .map(row -> row.get("password_hash", String.class)).one().block();
        assertThat(stored).isNotEqualTo(weak).contains("m=19456,t=2,p=1");
        identity.tokens(identity.login(ann.email(), PASSWORD));
    }

    @Test
    void a_wrong_password_and_an_unknown_email_get_the_same_answer() {
        Signed ann = identity.register();
        String wrong = body(identity.login(ann.email(), "not the password at all").expectStatus().isUnauthorized());
        String unknown = body(identity.login("nobody-" + UUID.randomUUID() + "@example.com", PASSWORD)
                .expectStatus().isUnauthorized());
        assertThat(wrong).contains(ProblemType.BASE + "unauthenticated").isEqualTo(unknown);
    }

    @Test
    void refresh_rotates_and_reusing_a_rotated_token_after_the_grace_window_revokes_the_whole_session() {
        Signed ann = identity.register();
        Map<?, ?> second = identity.tokens(identity.refresh(ann.refreshToken()));
        assertThat(second.get("refreshToken")).isNotEqualTo(ann.refreshToken());
        String access = (String) second.get("accessToken");
        identity.get("/api/account/profile", access).expectStatus().isOk();

        endGraceWindows(ann.id());
        identity.refresh(ann.refreshToken()).expectStatus().isUnauthorized();

        identity.refresh((String) second.get("refreshToken")).expectStatus().isUnauthorized();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                identity.get("/api/account/profile", access).expectStatus().isUnauthorized());
        assertThat(TopicReader.readAll(Topics.IDENTITY)).filteredOn(r -> r.value().contains("\"SessionRevoked\"")
                && r.value().contains("refresh-token-replayed") && r.key().equals(ann.id().toString())).hasSize(1);
    }

    @Test
    void two_tabs_refreshing_the_same_token_at_once_both_stay_signed_in_with_the_same_successor() {
        Signed ann = identity.register();

        List<Map<?, ?>> pairs = Concurrently.run(2, Duration.ofMinutes(1), i ->
                identity.tokens(identity.refresh(ann.refreshToken())));

        List<String> successors = pairs.stream().map(pair -> (String) pair.get("refreshToken")).toList();
        assertThat(successors).doesNotContainNull().containsOnly(successors.get(0))
                .doesNotContain(ann.refreshToken());
        pairs.forEach(pair -> identity.get("/api/account/profile", (String) pair.get("accessToken"))
                .expectStatus().isOk());
        identity.tokens(identity.refresh((String) pairs.get(0).get("refreshToken")));
    }

    @Test
    void the_successor_kept_for_the_grace_window_is_sealed_when_an_encryption_key_is_set() {
        Signed ann = identity.register();
        String successor = (String) identity.tokens(identity.refresh(ann.refreshToken())).get("refreshToken");

        String stored = db.sql("SELECT successor FROM refresh_tokens WHERE customer_id = :c AND successor IS NOT NULL")
                .bind("c", ann.id()).map(row -> row.get("successor", String.class)).one().block();
        assertThat(stored).isNotNull().doesNotContain(successor);
    }

    @Test
    void logout_ends_the_session_of_the_token_used_and_its_access_tokens() {
        Signed ann = identity.register();
        Map<?, ?> other = identity.tokens(identity.login(ann.email(), PASSWORD));

        web.post().uri("/api/auth/logout").headers(h -> h.setBearerAuth(ann.accessToken())).exchange()
                .expectStatus().isNoContent();

        identity.refresh(ann.refreshToken()).expectStatus().isUnauthorized();
        identity.get("/api/account/profile", ann.accessToken()).expectStatus().isUnauthorized();
        identity.get("/api/account/profile", (String) other.get("accessToken")).expectStatus().isOk();
        identity.tokens(identity.refresh((String) other.get("refreshToken")));
    }

    /** As if the grace window after every rotation of the customer's tokens had passed. */
    private void endGraceWindows(UUID customer) {
        db.sql("UPDATE refresh_tokens SET rotated_at = rotated_at - interval '1 minute'"
                + " WHERE customer_id = :c AND rotated_at IS NOT NULL").bind("c", customer).fetch().rowsUpdated()
                .block();
    }

    @Test
    void a_form_encoded_or_empty_sign_in_is_a_415_problem_not_a_500() {
        web.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("email=a@example.com&password=x").exchange()
                .expectStatus().isEqualTo(415)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(ProblemType.BASE + "unsupported-media-type");
        web.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_FORM_URLENCODED).exchange()
                .expectStatus().isEqualTo(415);
    }

    @Test
    void the_eleventh_failed_sign_in_within_a_minute_answers_429_even_with_the_right_password() {
        Signed ann = identity.register();
        for (int i = 0; i < 10; i++) {
            identity.login(ann.email(), "wrong password number " + i).expectStatus().isUnauthorized();
        }
        identity.login(ann.email(), PASSWORD)
                .expectStatus().isEqualTo(429)
                .expectHeader().exists("Retry-After")
                .expectBody().jsonPath("$.type").isEqualTo(ProblemType.BASE + "too-many-requests");
        // Another account from another address is unaffected.
        Signed bob = identity.register();
        identity.tokens(identity.login(bob.email(), PASSWORD));
    }

    @Test
    void thirty_wrong_passwords_from_thirty_claimed_addresses_still_hit_429() {
        Signed ann = identity.register();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            int n = i;
            statuses.add(web.post().uri("/api/auth/login")
                    .header("X-Forwarded-For", "203.0.113." + n).header("X-Client-Address", "198.51.100." + n)
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("email", ann.email(), "password", "wrong password " + n))
                    .exchange().returnResult(String.class).getStatus().value());
        }
        assertThat(statuses.subList(0, 10)).containsOnly(401);
        assertThat(statuses.subList(10, 30)).as("the account's limit does not care where guesses claim to come from")
                .containsOnly(429);
    }

    @Test
    void twenty_parallel_guesses_are_twenty_attempts_and_at_most_ten_are_checked() {
        Signed ann = identity.register();
        List<Integer> statuses = Concurrently.run(20, Duration.ofMinutes(2), i ->
                identity.login(ann.email(), "parallel guess " + i).returnResult(String.class).getStatus().value());
        assertThat(statuses).filteredOn(s -> s == 401).hasSizeLessThanOrEqualTo(10);
        assertThat(statuses).allMatch(s -> s == 401 || s == 429 || s == 503);
        assertThat(db.sql("SELECT count(*) AS n FROM throttled_attempts WHERE kind = 'sign-in' AND account_key = :k")
                .bind("k", LoginThrottle.accountKey(ann.email())).map(row -> row.get("n", Long.class)).one().block())
                .isEqualTo(20);
    }

    @Test
    void a_hundred_parallel_sign_ins_leave_the_service_answering_and_the_owner_signs_in_after() {
        Signed ann = identity.register();
        List<Integer> statuses = Concurrently.run(100, Duration.ofMinutes(3), i ->
                web.post().uri("/api/auth/login").header("X-Client-Address", "198.51.100." + i)
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(Map.of("email", "nobody-" + i + "@example.com", "password", "wrong password " + i))
                        .exchange().returnResult(String.class).getStatus().value());
        assertThat(statuses).as("refused or turned away, never an error of the service").allMatch(s -> s == 401
                || s == 503);
        identity.tokens(identity.login(ann.email(), PASSWORD));
    }

    @Test
    void registrations_answer_the_same_for_a_taken_email_and_are_limited_per_address() {
        Signed ann = identity.register();
        String address = "192.0.2." + (1 + Math.abs(ann.email().hashCode() % 250));
        String taken = identity.signUp(ann.email().toUpperCase(), address).expectStatus().isAccepted()
                .expectBody(String.class).returnResult().getResponseBody();
        String fresh = identity.signUp("new-" + UUID.randomUUID() + "@example.com", address).expectStatus()
                .isAccepted().expectBody(String.class).returnResult().getResponseBody();
        assertThat(taken).isEqualTo(fresh);
        identity.tokens(identity.login(ann.email(), PASSWORD)); // the owner's account is as it was
        // ...and its owner is told (by notification-service, from this event).
        await().atMost(Duration.ofSeconds(15)).until(() -> TopicReader.readAll(Topics.IDENTITY).stream()
                .anyMatch(r -> r.key().equals(ann.id().toString())
                        && r.value().contains("\"SignUpWithExistingEmail\"")));

        for (int i = 0; i < 8; i++) {
            identity.signUp("many-" + i + "-" + UUID.randomUUID() + "@example.com", address).expectStatus()
                    .isAccepted();
        }
        identity.signUp("one-too-many-" + UUID.randomUUID() + "@example.com", address).expectStatus().isEqualTo(429)
                .expectHeader().exists("Retry-After");
        identity.signUp("elsewhere-" + UUID.randomUUID() + "@example.com", "192.0.2.251").expectStatus()
                .isAccepted();
    }

    @Test
    void sign_up_checks_every_field() {
        web.post().uri("/api/auth/register").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", "not-an-email", "password", "password", "name", " "))
                .exchange().expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'email')]").exists()
                .jsonPath("$.errors[?(@.field == 'name')]").exists()
                .jsonPath("$.errors[?(@.field == 'password')].message").value(messages ->
                        assertThat(messages.toString()).contains("at least 12").contains("most common"));

    }

    private static String body(WebTestClient.ResponseSpec spec) {
        return spec.expectBody(String.class).returnResult().getResponseBody()
                .replaceAll("\"instance\":\"[^\"]*\"", "");
    }

}
