package io.accountsuite.identity.account;

import java.time.Duration;
import java.util.Map;

import io.accountsuite.contracts.Topics;
import io.accountsuite.identity.IdentityClient;
import io.accountsuite.identity.IdentityClient.Signed;
import io.accountsuite.platform.problem.ProblemType;
import io.accountsuite.testkit.ServiceTest;
import io.accountsuite.testkit.TopicReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static io.accountsuite.identity.IdentityClient.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceTest
class CredentialChangesIT {

    private static final String NEW_PASSWORD = "another long and uncommon passphrase";

    @Autowired WebTestClient web;
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
    void the_email_changes_with_the_password_and_must_be_free() {
        Signed ann = identity.register();
        Signed bob = identity.register();
        identity.post("/api/account/email", ann.accessToken(), Map.of("password", "wrong", "newEmail", "x@example.com"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("password");
        identity.post("/api/account/email", ann.accessToken(), Map.of("password", PASSWORD, "newEmail", "nope"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("newEmail");
        identity.post("/api/account/email", ann.accessToken(), Map.of("password", PASSWORD, "newEmail", bob.email()))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.errors[0].field").isEqualTo("newEmail");

        String renamed = "renamed-" + ann.email();
        identity.post("/api/account/email", ann.accessToken(), Map.of("password", PASSWORD, "newEmail", renamed))
                .expectStatus().isNoContent();
        identity.tokens(identity.login(renamed, PASSWORD));
        identity.login(ann.email(), PASSWORD).expectStatus().isUnauthorized();
    }
}
