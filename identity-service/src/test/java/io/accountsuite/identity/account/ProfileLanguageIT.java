package io.accountsuite.identity.account;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.accountsuite.contracts.Topics;
import io.accountsuite.identity.IdentityClient;
import io.accountsuite.identity.IdentityClient.Signed;
import io.accountsuite.platform.problem.ProblemType;
import io.accountsuite.testkit.ApiDescriptionContract;
import io.accountsuite.testkit.ServiceTest;
import io.accountsuite.testkit.TopicReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static io.accountsuite.identity.IdentityClient.PASSWORD;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The customer's saved language (issue 21): sign-up, profile, its change and the sign-in answer. */
@ServiceTest
class ProfileLanguageIT {

    private static final String PROFILE = "/api/account/profile";

    @Autowired WebTestClient web;
    @Autowired DatabaseClient db;
    IdentityClient identity;

    @BeforeEach
    void client() {
        identity = new IdentityClient(web);
    }

    @Test
    void a_customer_speaks_english_until_they_choose_french_which_is_told_once() {
        Signed ann = identity.register();
        identity.get(PROFILE, ann.accessToken()).expectStatus().isOk().expectBody()
                .jsonPath("$.language").isEqualTo("en");

        byte[] changed = identity.patch(PROFILE, ann.accessToken(), Map.of("language", "fr")).expectStatus().isOk()
                .expectBody().jsonPath("$.language").isEqualTo("fr")
                .jsonPath("$.id").isEqualTo(ann.id().toString())
                .jsonPath("$.email").isEqualTo(ann.email())
                .jsonPath("$.emailVerified").exists()
                .returnResult().getResponseBody();
        ApiDescriptionContract.assertAnswerMatchesDescription(web, "PATCH", PROFILE, 200, new String(changed, UTF_8));
        identity.get(PROFILE, ann.accessToken()).expectStatus().isOk().expectBody()
                .jsonPath("$.language").isEqualTo("fr");
        await().atMost(Duration.ofSeconds(15)).until(() -> TopicReader.readAll(Topics.IDENTITY).stream()
                .anyMatch(r -> r.key().equals(ann.id().toString()) && r.value().contains("\"LanguageChosen\"")
                        && r.value().contains("\"language\":\"fr\"")));

        identity.patch(PROFILE, ann.accessToken(), Map.of("language", "fr")).expectStatus().isOk().expectBody()
                .jsonPath("$.language").isEqualTo("fr");
        assertThat(languageEvents(ann.id())).isEqualTo(1);
    }

    @Test
    void any_other_language_is_a_field_error_and_changes_nothing() {
        Signed ann = identity.register();
        for (String refused : new String[] {"de", "FR", "fr-CA", ""}) {
            identity.patch(PROFILE, ann.accessToken(), Map.of("language", refused)).expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.type").isEqualTo(ProblemType.BASE + "validation-failed")
                    .jsonPath("$.errors[0].field").isEqualTo("language");
        }
        identity.patch(PROFILE, ann.accessToken(), "{\"language\":null}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("language");
        // A number is no text: refused as every JSON value of the wrong type is (StrictJsonTypes).
        identity.patch(PROFILE, ann.accessToken(), Map.of("language", 7)).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        identity.get(PROFILE, ann.accessToken()).expectStatus().isOk().expectBody()
                .jsonPath("$.language").isEqualTo("en");
        assertThat(languageEvents(ann.id())).isZero();
    }

    @Test
    void a_customer_changes_only_their_own_language_and_only_when_signed_in() {
        Signed ann = identity.register();
        Signed bob = identity.register();
        identity.patch(PROFILE, bob.accessToken(), Map.of("language", "fr")).expectStatus().isOk();

        identity.get(PROFILE, ann.accessToken()).expectStatus().isOk().expectBody()
                .jsonPath("$.language").isEqualTo("en");
        assertThat(languageEvents(ann.id())).isZero();
        web.patch().uri(PROFILE).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("language", "fr"))
                .exchange().expectStatus().isUnauthorized();
    }

    @Test
    void a_sign_up_speaks_its_accept_language_and_the_sign_in_answer_says_it() {
        String email = "fr-" + UUID.randomUUID() + "@example.com";
        web.post().uri("/api/auth/register").header("X-Client-Address", "198.51.100.21")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "fr-CA,fr;q=0.9")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "password", PASSWORD, "name", "Anne Exemple"))
                .exchange().expectStatus().isAccepted();

        Map<?, ?> tokens = identity.tokens(identity.login(email, PASSWORD));
        assertThat(tokens.get("language")).isEqualTo("fr");
        assertThat(tokens.get("accessToken")).isNotNull();
        assertThat(tokens.get("tokenType")).isEqualTo("Bearer");
        identity.get(PROFILE, (String) tokens.get("accessToken")).expectStatus().isOk().expectBody()
                .jsonPath("$.language").isEqualTo("fr");
        await().atMost(Duration.ofSeconds(15)).until(() -> TopicReader.readAll(Topics.IDENTITY).stream()
                .anyMatch(r -> r.value().contains("\"CustomerRegistered\"") && r.value().contains(email)
                        && r.value().contains("\"language\":\"fr\"")));

        Signed ann = identity.register();
        assertThat(identity.tokens(identity.login(ann.email(), PASSWORD)).get("language")).isEqualTo("en");
    }

    private long languageEvents(UUID customer) {
        return db.sql("SELECT count(*) AS n FROM platform.outbox WHERE message_key = :key"
                        + " AND event_type = 'LanguageChosen'")
                .bind("key", customer.toString()).map(row -> row.get("n", Long.class)).one().block();
    }
}
