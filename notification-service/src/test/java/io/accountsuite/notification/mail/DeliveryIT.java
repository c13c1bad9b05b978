package io.accountsuite.notification.mail;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.accountsuite.notification.Events;
import io.accountsuite.notification.Mailbox;
import io.accountsuite.notification.NotificationTest;
import io.accountsuite.testkit.TestMailServer;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@NotificationTest
class DeliveryIT {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @Autowired DatabaseClient db;
    @Autowired MeterRegistry meters;

    @Test
    void mail_queued_while_the_smtp_server_is_down_is_retried_and_delivered_once_it_is_back() {
        String email = Events.newAddress("ann");
        TestMailServer server = TestMailServer.shared();
        server.stop();
        try {
            UUID ann = Events.registered(email, "Ann Example");
            await().atMost(DEADLINE).until(() -> {
                Map<String, Object> row = message(ann);
                return row != null && ((Integer) row.get("attempts")) >= 2 && row.get("last_error") != null;
            });
            assertThat(message(ann)).containsEntry("status", "pending");
        } finally {
            server.start();
        }
        new Mailbox(email).awaitSubject("Confirm your email address");
        await().atMost(DEADLINE).until(() -> "sent".equals(statusOf(email)));
        assertThat(new Mailbox(email).all()).hasSize(1);
    }

    @Test
    void mail_to_a_mailbox_that_no_longer_exists_bounces_and_is_parked_without_another_attempt() {
        String gone = Events.newAddress("gone");
        TestMailServer.shared().refuse(gone);
        double parkedBefore = parked();

        UUID customer = Events.registered(gone, "Gone Example");
        await().atMost(DEADLINE).until(() -> "parked".equals(statusOf(gone)));
        Map<String, Object> row = message(customer);
        assertThat(row).containsEntry("attempts", 1);
        assertThat((String) row.get("last_error")).contains("550");
        assertThat(parked()).isEqualTo(parkedBefore + 1);

        // Later mail still leaves, and the parked one is not tried again meanwhile.
        String other = Events.newAddress("other");
        Events.registered(other, "Other Example");
        new Mailbox(other).awaitSubject("Confirm your email address");
        assertThat(message(customer)).containsEntry("attempts", 1).containsEntry("status", "parked");
        assertThat(new Mailbox(gone).all()).isEmpty();
    }

    private double parked() {
        return meters.get("notification.messages.parked").counter().count();
    }

    private String statusOf(String recipient) {
        return db.sql("SELECT status FROM messages WHERE recipient = :r").bind("r", recipient)
                .map(r -> r.get("status", String.class)).one().block();
    }

    private Map<String, Object> message(UUID customer) {
        return db.sql("SELECT status, attempts, last_error FROM messages WHERE customer_id = :c")
                .bind("c", customer).fetch().one().block();
    }
}
