package io.accountsuite.notification.settings;

import java.util.Map;
import java.util.UUID;

import io.accountsuite.notification.Events;
import io.accountsuite.notification.Mailbox;
import io.accountsuite.notification.NotificationTest;
import io.accountsuite.testkit.TestTokens;
import jakarta.mail.internet.InternetAddress;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@NotificationTest
class SenderSettingsIT {

    private static final String PATH = "/api/admin/settings/notifications";

    @Autowired WebTestClient web;

    @Test
    void the_admin_names_the_sender_and_mails_come_from_it() throws Exception {
        String admin = TestTokens.accessToken(UUID.randomUUID(), "admin");
        web.get().uri(PATH).headers(h -> h.setBearerAuth(admin)).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.senderName").isEqualTo("Account Suite Network")
                .jsonPath("$.senderAddress").isEqualTo("no-reply@account-suite.example");
        put(admin, Map.of("senderName", "Sites\u0007", "senderAddress", "hello@sites.test"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("senderName");
        put(admin, Map.of("senderName", "Sites Network", "senderAddress", "not an address"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("senderAddress");
        put(TestTokens.accessToken(UUID.randomUUID(), "customer"), Map.of("senderName", "Mine",
                "senderAddress", "me@sites.test")).expectStatus().isForbidden();

        put(admin, Map.of("senderName", "Sites Network", "senderAddress", "hello@sites.test"))
                .expectStatus().isOk().expectBody().jsonPath("$.senderName").isEqualTo("Sites Network");

        String email = Events.newAddress("ann");
        Events.registered(email, "Ann Example");
        var mail = new Mailbox(email).awaitSubject("Confirm your email address");
        InternetAddress from = (InternetAddress) mail.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("hello@sites.test");
        assertThat(from.getPersonal()).isEqualTo("Sites Network");
        assertThat(mail.getHeader("Message-ID")[0]).endsWith("@sites.test>");
        assertThat(Mailbox.text(mail)).contains("— Sites Network");
    }

    @Test
    void saving_the_sender_is_audited_with_who_and_the_sender_before_and_after_and_a_refused_one_is_not() {
        UUID adminId = UUID.randomUUID();
        String admin = TestTokens.accessToken(adminId, "admin");
        put(admin, Map.of("senderName", "Sites Network", "senderAddress", "not an address"))
                .expectStatus().isBadRequest();
        put(admin, Map.of("senderName", "Sites Network", "senderAddress", "hello@sites.test")).expectStatus().isOk();

        web.get().uri("/api/admin/audit").headers(h -> h.setBearerAuth(admin)).exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].action").isEqualTo("sender-settings-updated")
                .jsonPath("$[0].actor").isEqualTo(adminId.toString())
                .jsonPath("$[0].customerId").doesNotExist()
                .jsonPath("$[0].subject").isEqualTo("sender settings")
                .jsonPath("$[0].before").isEqualTo(Map.of("senderName", "Account Suite Network",
                        "senderAddress", "no-reply@account-suite.example"))
                .jsonPath("$[0].after").isEqualTo(Map.of("senderName", "Sites Network",
                        "senderAddress", "hello@sites.test"));
    }

    private WebTestClient.ResponseSpec put(String token, Map<String, String> body) {
        return web.put().uri(PATH).headers(h -> h.setBearerAuth(token)).bodyValue(body).exchange();
    }
}
