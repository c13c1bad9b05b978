package io.accountsuite.identity.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import io.accountsuite.contracts.EventEnvelope;
import io.accountsuite.contracts.Topics;
import io.accountsuite.contracts.notification.NotificationEvents;
import io.accountsuite.contracts.notification.NotificationEvents.AddressVerified;
import io.accountsuite.identity.IdentityClient;
import io.accountsuite.identity.IdentityClient.Signed;
import io.accountsuite.platform.events.EventJson;
import io.accountsuite.platform.problem.ProblemType;
import io.accountsuite.testkit.ServiceTest;
import io.accountsuite.testkit.TopicReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

import static io.accountsuite.identity.IdentityClient.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceTest
class CredentialChangesIT {

    private static final String NEW_PASSWORD = "another long and uncommon passphrase";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired WebTestClient web;
    @Autowired KafkaTemplate<String, String> kafka;
    @Autowired EventJson json;
    IdentityClient identity;

    @BeforeEach
    void client() {
        identity = new IdentityClient(web);
    }

    @Test
    void a_wrong_current_password_is_a_field_error_and_changes_nothing() {
        Signed ann = identity.register();
        identity.post("/api/account/password", ann.accessToken(), Map.of("currentPassword", "not my password",
                        "newPassword", NEW_PASSWORD, "newPasswordConfirmation", NEW_PASSWORD))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("currentPassword");
        identity.tokens(identity.login(ann.email(), PASSWORD));
    }

    @Test
    void weak_common_same_or_mismatched_new_passwords_are_field_errors() {
        Signed ann = identity.register();
        identity.post("/api/account/password", ann.accessToken(), Map.of("currentPassword", PASSWORD,
                        "newPassword", "password", "newPasswordConfirmation", "passwort"))
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.type").isEqualTo(ProblemType.BASE + "validation-failed")
                .jsonPath("$.errors[?(@.field == 'newPassword')].message").value(m -> assertThat(m.toString())
                        .contains("at least 12").contains("most common"))
                .jsonPath("$.errors[?(@.field == 'newPasswordConfirmation')]").exists();
        identity.post("/api/account/password", ann.accessToken(), Map.of("currentPassword", PASSWORD,
                        "newPassword", PASSWORD, "newPasswordConfirmation", PASSWORD))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].message").isEqualTo("must differ from your current password");
        identity.tokens(identity.login(ann.email(), PASSWORD));
    }

    @Test
    void a_new_password_ends_every_other_session_and_gives_the_caller_a_fresh_one() {
        Signed ann = identity.register();
        Map<?, ?> other = identity.tokens(identity.login(ann.email(), PASSWORD));

        Map<?, ?> fresh = identity.tokens(identity.post("/api/account/password", ann.accessToken(),
                Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD,
                        "newPasswordConfirmation", NEW_PASSWORD)));

        identity.refresh(ann.refreshToken()).expectStatus().isUnauthorized();
        identity.refresh((String) other.get("refreshToken")).expectStatus().isUnauthorized();
        identity.tokens(identity.refresh((String) fresh.get("refreshToken")));
        identity.login(ann.email(), PASSWORD).expectStatus().isUnauthorized();
        identity.tokens(identity.login(ann.email(), NEW_PASSWORD));
        await().atMost(Duration.ofSeconds(15)).until(() -> TopicReader.readAll(Topics.IDENTITY).stream()
                .anyMatch(r -> r.key().equals(ann.id().toString()) && r.value().contains("\"CredentialsChanged\"")
                        && r.value().contains("password-changed")));
    }

    @Test
    void a_password_holding_half_of_a_character_pair_is_a_wrong_or_invalid_password_never_a_500() {
        Signed ann = identity.register();
        String lone = "a long passphrase \ud800";
        identity.post("/api/account/email", ann.accessToken(), Map.of("password", lone, "newEmail", "x@example.com"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("password");
        identity.post("/api/account/password", ann.accessToken(), Map.of("currentPassword", PASSWORD,
                        "newPassword", lone, "newPasswordConfirmation", lone))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("newPassword");
        identity.login(ann.email(), lone).expectStatus().isUnauthorized();
        identity.tokens(identity.login(ann.email(), PASSWORD));
    }

    @Test
    void an_email_change_needs_the_password_says_nothing_of_other_accounts_and_comes_once_a_minute()
            throws Exception {
        Signed ann = identity.register();
        Signed bob = identity.register();
        identity.post("/api/account/email", ann.accessToken(), Map.of("password", "wrong", "newEmail", "x@example.com"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("password");
        identity.post("/api/account/email", ann.accessToken(), Map.of("password", PASSWORD, "newEmail", "nope"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("newEmail");
        identity.get("/api/account/profile", ann.accessToken()).expectStatus().isOk().expectBody()
                .jsonPath("$.pendingEmail").doesNotExist();

        // Bob's address answers as a free one would (no enumeration); the change is dropped once its link is used.
        identity.post("/api/account/email", ann.accessToken(), Map.of("password", PASSWORD, "newEmail", bob.email()))
                .expectStatus().isNoContent();
        identity.post("/api/account/email", ann.accessToken(), Map.of("password", PASSWORD,
                        "newEmail", "other-" + ann.email()))
                .expectStatus().isEqualTo(429).expectHeader().valueEquals("Retry-After", "60");
        String requested = await().atMost(Duration.ofSeconds(15)).until(() -> event(ann, "EmailChangeRequested"),
                Objects::nonNull);
        verified(ann, "email-change", UUID.fromString(JSON.readTree(requested).at("/payload/requestId").asText()));

        await().atMost(Duration.ofSeconds(15)).until(() -> event(ann, "EmailChangeDropped"), Objects::nonNull);
        identity.get("/api/account/profile", ann.accessToken()).expectStatus().isOk().expectBody()
                .jsonPath("$.email").isEqualTo(ann.email()).jsonPath("$.pendingEmail").doesNotExist();
        identity.tokens(identity.login(bob.email(), PASSWORD));
        assertThat(event(ann, "EmailChanged")).isNull();
    }

    @Test
    void the_email_changes_only_once_the_new_address_is_verified() throws Exception {
        Signed ann = identity.register();
        String renamed = "renamed-" + ann.email();
        identity.post("/api/account/email", ann.accessToken(), Map.of("password", PASSWORD, "newEmail", renamed))
                .expectStatus().isNoContent();

        identity.get("/api/account/profile", ann.accessToken()).expectStatus().isOk().expectBody()
                .jsonPath("$.email").isEqualTo(ann.email())
                .jsonPath("$.pendingEmail").isEqualTo(renamed)
                .jsonPath("$.emailVerified").isEqualTo(false);
        identity.tokens(identity.login(ann.email(), PASSWORD));
        identity.login(renamed, PASSWORD).expectStatus().isUnauthorized();
        String requested = await().atMost(Duration.ofSeconds(15)).until(() -> event(ann, "EmailChangeRequested"),
                Objects::nonNull);
        assertThat(requested).contains(renamed);
        UUID requestId = UUID.fromString(JSON.readTree(requested).at("/payload/requestId").asText());

        verified(ann, "email-change", UUID.randomUUID()); // another request's link: nothing happens
        verified(ann, "email-change", requestId);

        await().atMost(Duration.ofSeconds(15)).until(() -> identity.login(renamed, PASSWORD)
                .returnResult(String.class).getStatus().value() == 200);
        identity.login(ann.email(), PASSWORD).expectStatus().isUnauthorized();
        identity.get("/api/account/profile", ann.accessToken()).expectStatus().isOk().expectBody()
                .jsonPath("$.email").isEqualTo(renamed)
                .jsonPath("$.pendingEmail").doesNotExist()
                .jsonPath("$.emailVerified").isEqualTo(true);
        await().atMost(Duration.ofSeconds(15)).until(() -> event(ann, "EmailChanged"), Objects::nonNull);
    }

    @Test
    void a_new_account_is_unverified_until_its_address_is_verified() throws Exception {
        Signed ann = identity.register();
        identity.get("/api/account/profile", ann.accessToken()).expectStatus().isOk().expectBody()
                .jsonPath("$.emailVerified").isEqualTo(false);
        assertThat(await().atMost(Duration.ofSeconds(15)).until(() -> event(ann, "CustomerRegistered"),
                Objects::nonNull)).contains(ann.email()).contains("Ann Example");

        verified(ann, "registration", null);

        await().atMost(Duration.ofSeconds(15)).until(() -> identity.get("/api/account/profile", ann.accessToken())
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody()
                .get("emailVerified").equals(true));
    }

    private void verified(Signed customer, String purpose, UUID requestId) throws Exception {
        var event = EventEnvelope.of(NotificationEvents.ADDRESS_VERIFIED, Instant.now(), customer.id(), customer.id(),
                new AddressVerified(purpose, requestId, Instant.now()));
        kafka.send(Topics.NOTIFICATION, event.key(), json.write(event)).get();
    }

    private static String event(Signed customer, String type) {
        return TopicReader.readAll(Topics.IDENTITY).stream()
                .filter(r -> r.key().equals(customer.id().toString()) && r.value().contains("\"" + type + "\""))
                .map(r -> r.value()).findFirst().orElse(null);
    }
}
