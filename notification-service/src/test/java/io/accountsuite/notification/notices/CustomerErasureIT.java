package io.accountsuite.notification.notices;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.accountsuite.contracts.Topics;
import io.accountsuite.contracts.billing.BillingEvents;
import io.accountsuite.contracts.billing.BillingEvents.InvoiceIssued;
import io.accountsuite.contracts.identity.IdentityEvents;
import io.accountsuite.contracts.identity.IdentityEvents.AccountDeletionRequested;
import io.accountsuite.contracts.identity.IdentityEvents.CustomerRegistered;
import io.accountsuite.contracts.membership.MembershipEvents;
import io.accountsuite.contracts.membership.MembershipEvents.Amount;
import io.accountsuite.contracts.membership.MembershipEvents.MembershipCreated;
import io.accountsuite.notification.Events;
import io.accountsuite.notification.Mailbox;
import io.accountsuite.notification.NotificationTest;
import io.accountsuite.testkit.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@NotificationTest
class CustomerErasureIT {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @Autowired DatabaseClient db;

    @Test
    void the_farewell_leaves_once_then_nothing_of_the_customer_remains_and_late_events_bring_nothing_back() {
        String email = Events.newAddress("ann");
        UUID ann = Events.registered(email, "Ann Example");
        Mailbox mailbox = new Mailbox(email);
        mailbox.awaitSubject("Confirm your email address");
        Events.publish(MembershipEvents.MEMBERSHIP_CREATED, ann, ann, new MembershipCreated(UUID.randomUUID(), "M-9",
                UUID.randomUUID(), "trialing", null, null, LocalDate.now().plusDays(30)));

        var deletion = Events.publish(IdentityEvents.ACCOUNT_DELETION_REQUESTED, ann, ann,
                new AccountDeletionRequested(Instant.now(), Instant.now()));
        Events.again(IdentityEvents.ACCOUNT_DELETION_REQUESTED, deletion);

        mailbox.awaitSubject("Your account is being deleted");
        await().atMost(DEADLINE).until(() -> TopicReader.readAll(Topics.NOTIFICATION).stream()
                .anyMatch(r -> r.key().equals(ann.toString()) && r.value().contains("\"NotificationDataErased\"")));
        await().atMost(DEADLINE).until(() -> count("SELECT count(*) FROM messages WHERE recipient = '" + email + "'")
                == 0);
        for (String table : new String[] {"recipients", "messages", "verification_tokens", "trials"}) {
            assertThat(count("SELECT count(*) FROM " + table + " WHERE customer_id = '" + ann + "'")).as(table)
                    .isZero();
        }

        // Late and replayed events: the customer's address must not come back, nor any mail go out.
        var replayed = Events.publish(IdentityEvents.CUSTOMER_REGISTERED, ann, ann,
                new CustomerRegistered(Instant.now(), email, "Ann Example", null));
        var late = Events.publish(BillingEvents.INVOICE_ISSUED, ann, ann, new InvoiceIssued(UUID.randomUUID(),
                "INV-9", UUID.randomUUID(), "renewal", new Amount("5.00", "USD"), "pending"));
        await().atMost(DEADLINE).until(() -> count("SELECT count(*) FROM platform.inbox WHERE event_id IN ('"
                + replayed.eventId() + "', '" + late.eventId() + "')") == 2);
        assertThat(count("SELECT count(*) FROM recipients WHERE customer_id = '" + ann + "'")).isZero();
        assertThat(mailbox.all()).hasSize(2);
        assertThat(mailbox.withSubject("Your account is being deleted")).hasSize(1);
    }

    private long count(String sql) {
        return db.sql(sql).map(row -> row.get(0, Long.class)).one().block();
    }
}
