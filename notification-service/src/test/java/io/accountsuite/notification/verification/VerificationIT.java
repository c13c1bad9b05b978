package io.accountsuite.notification.verification;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.accountsuite.contracts.Topics;
import io.accountsuite.contracts.identity.IdentityEvents;
import io.accountsuite.contracts.identity.IdentityEvents.EmailChangeRequested;
import io.accountsuite.notification.Events;
import io.accountsuite.notification.Mailbox;
import io.accountsuite.notification.NotificationTest;
import io.accountsuite.platform.problem.ProblemType;
import io.accountsuite.testkit.ApiDescriptionContract;
import io.accountsuite.testkit.TestTokens;
import io.accountsuite.testkit.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@NotificationTest
class VerificationIT {

    @Autowired WebTestClient web;
    @Autowired DatabaseClient db;

    @Test
    void every_operation_of_the_api_description_has_a_summary() {
        ApiDescriptionContract.assertEveryOperationSummarised(web);
    }

    @Test
    void the_mailed_link_verifies_the_address_once_and_only_its_hash_is_stored() {
        String email = Events.newAddress("ann");
        UUID ann = Events.registered(email, "Ann Example");
        String token = Mailbox.token(new Mailbox(email).awaitSubject("Confirm your email address"));

        assertThat(stored("SELECT token_hash AS v FROM verification_tokens")).doesNotContain(token)
                .contains(VerificationTokens.hash(token));
        assertThat(stored("SELECT text_body || html_body AS v FROM messages")).doesNotContain(token);

        verify(token).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("verified").jsonPath("$.purpose").isEqualTo("registration");
        await().atMost(Duration.ofSeconds(15)).until(() -> TopicReader.readAll(Topics.NOTIFICATION).stream()
                .anyMatch(r -> r.key().equals(ann.toString()) && r.value().contains("\"AddressVerified\"")
                        && r.value().contains("\"registration\"")));

        // Sent again (a client retrying a lost answer): the same answer, and nothing published twice.
        verify(token).expectStatus().isOk().expectBody().jsonPath("$.purpose").isEqualTo("registration");
        String marker = Events.newAddress("marker");
        UUID other = Events.registered(marker, "Marker");
        verify(Mailbox.token(new Mailbox(marker).awaitSubject("Confirm your email address"))).expectStatus().isOk();
        await().atMost(Duration.ofSeconds(15)).until(() -> TopicReader.readAll(Topics.NOTIFICATION).stream()
                .anyMatch(r -> r.key().equals(other.toString()) && r.value().contains("\"AddressVerified\"")));
        assertThat(TopicReader.readAll(Topics.NOTIFICATION).stream().filter(r -> r.key().equals(ann.toString())
                && r.value().contains("\"AddressVerified\""))).hasSize(1);

        db.sql("UPDATE verification_tokens SET used_at = used_at - interval '11 minutes'").fetch().rowsUpdated()
                .block();
        verify(token).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.type").isEqualTo(ProblemType.BASE + "invalid-verification-link");
    }

    @Test
    void an_email_change_link_names_its_request_and_an_expired_or_unknown_link_is_refused_alike() {
        String email = Events.newAddress("bob");
        String renamed = Events.newAddress("bob-new");
        UUID bob = Events.registered(email, "Bob Example");
        String first = Mailbox.token(new Mailbox(email).awaitSubject("Confirm your email address"));
        UUID request = UUID.randomUUID();
        Events.publish(IdentityEvents.EMAIL_CHANGE_REQUESTED, bob, bob,
                new EmailChangeRequested(request, renamed, Instant.now()));
        String change = Mailbox.token(new Mailbox(renamed).awaitSubject("Confirm your new email address"));

        db.sql("UPDATE verification_tokens SET expires_at = now() - interval '1 second' WHERE token_hash = :h")
                .bind("h", VerificationTokens.hash(first)).fetch().rowsUpdated().block();
        String expired = body(verify(first).expectStatus().isBadRequest());
        String unknown = body(verify("A".repeat(43)).expectStatus().isBadRequest());
        assertThat(expired).isEqualTo(unknown).contains("invalid-verification-link");
        verify("not a token").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.type").isEqualTo(ProblemType.BASE + "validation-failed");

        verify(change).expectStatus().isOk().expectBody().jsonPath("$.purpose").isEqualTo("email-change");
        await().atMost(Duration.ofSeconds(15)).until(() -> TopicReader.readAll(Topics.NOTIFICATION).stream()
                .anyMatch(r -> r.key().equals(bob.toString()) && r.value().contains(request.toString())));
    }

    @Test
    void a_new_link_can_be_asked_for_once_a_minute_until_the_address_is_confirmed() {
        String email = Events.newAddress("cid");
        UUID cid = Events.registered(email, "Cid Example");
        Mailbox mailbox = new Mailbox(email);
        mailbox.awaitSubject("Confirm your email address");

        resend(cid).expectStatus().isEqualTo(429).expectHeader().valueEquals("Retry-After", "60");
        db.sql("UPDATE messages SET created_at = created_at - interval '2 minutes'").fetch().rowsUpdated().block();
        resend(cid).expectStatus().isAccepted().expectBody().jsonPath("$.to").isEqualTo(email);
        await().atMost(Duration.ofSeconds(15)).until(() -> mailbox.withSubject("Confirm your email address").size()
                == 2);
        String first = Mailbox.token(mailbox.withSubject("Confirm your email address").get(0));
        String second = Mailbox.token(mailbox.withSubject("Confirm your email address").get(1));
        assertThat(second).isNotEqualTo(first);

        verify(first).expectStatus().isBadRequest(); // replaced by the newer link
        verify(second).expectStatus().isOk();
        resend(cid).expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.type").isEqualTo(ProblemType.BASE + "already-verified");
        web.post().uri("/api/account/email/verification/resend").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void an_email_change_link_stops_working_once_a_newer_change_is_asked_for_and_the_hour_allows_five_links() {
        String email = Events.newAddress("dee");
        UUID dee = Events.registered(email, "Dee Example");
        new Mailbox(email).awaitSubject("Confirm your email address");
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            addresses.add(Events.newAddress("dee-new-" + i));
            Events.publish(IdentityEvents.EMAIL_CHANGE_REQUESTED, dee, dee,
                    new EmailChangeRequested(UUID.randomUUID(), addresses.get(i), Instant.now()));
        }
        Events.publish(IdentityEvents.CREDENTIALS_CHANGED, dee, dee,
                new IdentityEvents.CredentialsChanged(Instant.now(), "password-changed")); // the marker
        new Mailbox(email).awaitSubject("Your password was changed");

        // The sign-up link and four change links make the hour's five; the last two changes send nothing.
        for (int i = 0; i < 6; i++) {
            assertThat(new Mailbox(addresses.get(i)).all()).as("mails to change %d", i).hasSize(i < 4 ? 1 : 0);
        }
        String older = Mailbox.token(new Mailbox(addresses.get(0)).all().get(0));
        String newer = Mailbox.token(new Mailbox(addresses.get(3)).all().get(0));
        verify(older).expectStatus().isBadRequest();
        // The waiting change is the sixth (no link was sent for it), so the fourth's link no longer counts either.
        verify(newer).expectStatus().isBadRequest();
    }

    private WebTestClient.ResponseSpec resend(UUID customer) {
        return web.post().uri("/api/account/email/verification/resend")
                .headers(h -> h.setBearerAuth(TestTokens.accessToken(customer))).exchange();
    }

    private WebTestClient.ResponseSpec verify(String token) {
        return web.post().uri("/api/account/email/verification").bodyValue(Map.of("token", token)).exchange();
    }

    private static String body(WebTestClient.ResponseSpec response) {
        return response.expectBody(String.class).returnResult().getResponseBody();
    }

    private String stored(String sql) {
        return String.join("\n", db.sql(sql).map(row -> row.get("v", String.class)).all().collectList().block());
    }
}
