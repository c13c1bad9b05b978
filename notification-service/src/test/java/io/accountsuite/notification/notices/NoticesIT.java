package io.accountsuite.notification.notices;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import io.accountsuite.contracts.EventEnvelope;
import io.accountsuite.contracts.EventType;
import io.accountsuite.contracts.billing.BillingEvents;
import io.accountsuite.contracts.billing.BillingEvents.InvoiceIssued;
import io.accountsuite.contracts.billing.BillingEvents.PaymentFailed;
import io.accountsuite.contracts.domain.DomainEvents;
import io.accountsuite.contracts.domain.DomainEvents.DomainStageChanged;
import io.accountsuite.contracts.identity.IdentityEvents;
import io.accountsuite.contracts.identity.IdentityEvents.CredentialsChanged;
import io.accountsuite.contracts.identity.IdentityEvents.EmailChangeDropped;
import io.accountsuite.contracts.identity.IdentityEvents.EmailChangeRequested;
import io.accountsuite.contracts.identity.IdentityEvents.EmailChanged;
import io.accountsuite.contracts.identity.IdentityEvents.SignUpWithExistingEmail;
import io.accountsuite.contracts.membership.MembershipEvents;
import io.accountsuite.contracts.membership.MembershipEvents.Amount;
import io.accountsuite.contracts.membership.MembershipEvents.MembershipCreated;
import io.accountsuite.contracts.membership.MembershipEvents.MembershipStatusChanged;
import io.accountsuite.contracts.site.SiteEvents;
import io.accountsuite.contracts.site.SiteEvents.TemplateSwitchProgressed;
import io.accountsuite.notification.Events;
import io.accountsuite.notification.Mailbox;
import io.accountsuite.notification.NotificationTest;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import static io.accountsuite.notification.Mailbox.html;
import static io.accountsuite.notification.Mailbox.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every mail of issue 19, each from its event, each sent once though its event is delivered twice. An event of a
 * topic is followed by a last one (the "marker") on the same topic and key, so once the marker's mail is in, the
 * copies before it have been handled: a second mail would have been queued, and sent, before it.
 */
@NotificationTest
class NoticesIT {

    @Test
    void identity_events_tell_the_customer_once_each_and_follow_an_email_change() {
        String email = Events.newAddress("ann");
        String renamed = Events.newAddress("ann-renamed");
        UUID ann = Events.registered(email, "Ann <b>Example</b>");
        Mailbox old = new Mailbox(email);
        old.awaitSubject("Confirm your email address");

        twice(IdentityEvents.CREDENTIALS_CHANGED, ann, new CredentialsChanged(Instant.now(), "password-changed"));
        Events.publish(IdentityEvents.SIGN_UP_WITH_EXISTING_EMAIL, ann, ann, new SignUpWithExistingEmail(Instant.now()));
        Events.publish(IdentityEvents.SIGN_UP_WITH_EXISTING_EMAIL, ann, ann, new SignUpWithExistingEmail(Instant.now()));
        UUID request = UUID.randomUUID();
        twice(IdentityEvents.EMAIL_CHANGE_REQUESTED, ann, new EmailChangeRequested(request, renamed, Instant.now()));
        twice(IdentityEvents.EMAIL_CHANGED, ann, new EmailChanged(Instant.now(), request));
        Events.publish(IdentityEvents.CREDENTIALS_CHANGED, ann, ann,
                new CredentialsChanged(Instant.now(), "password-changed")); // the marker, to the new address

        Mailbox now = new Mailbox(renamed);
        MimeMessage marker = now.awaitSubject("Your password was changed");
        assertThat(old.withSubject("Confirm your email address")).hasSize(1);
        assertThat(old.withSubject("Your password was changed")).hasSize(1);
        assertThat(old.withSubject("Someone tried to sign up with your email")).hasSize(1);
        assertThat(old.all().stream().map(Mailbox::subject)).as("the former address's mails")
                .containsOnlyOnce("Your sign-in email was changed");
        MimeMessage changed = old.withSubject("Your sign-in email was changed").get(0);
        assertThat(text(changed)).contains(renamed);
        assertThat(now.withSubject("Confirm your new email address")).hasSize(1);
        assertThat(text(now.withSubject("Confirm your new email address").get(0))).contains(renamed);
        assertThat(text(marker)).contains("Hello Ann <b>Example</b>,").contains("https://account.test/login");
        assertThat(html(marker)).contains("Hello Ann &lt;b&gt;Example&lt;/b&gt;,").doesNotContain("<b>Example");
    }

    @Test
    void a_change_to_an_address_of_another_account_is_dropped_and_the_customer_told_why() {
        String email = Events.newAddress("cy");
        String taken = Events.newAddress("taken");
        UUID cy = Events.registered(email, "Cy Example");
        UUID request = UUID.randomUUID();
        Events.publish(IdentityEvents.EMAIL_CHANGE_REQUESTED, cy, cy, new EmailChangeRequested(request, taken,
                Instant.now()));
        new Mailbox(taken).awaitSubject("Confirm your new email address");

        twice(IdentityEvents.EMAIL_CHANGE_DROPPED, cy, new EmailChangeDropped(request, Instant.now()));

        MimeMessage told = new Mailbox(email).awaitSubject("Your sign-in email was not changed");
        assertThat(text(told)).contains(taken).contains("stays " + email);
        Events.publish(IdentityEvents.CREDENTIALS_CHANGED, cy, cy,
                new CredentialsChanged(Instant.now(), "password-changed")); // the marker, still to the old address
        new Mailbox(email).awaitSubject("Your password was changed");
        assertThat(new Mailbox(email).withSubject("Your sign-in email was not changed")).hasSize(1);
    }

    @Test
    void billing_membership_domain_and_site_events_tell_the_customer_once_each() {
        String email = Events.newAddress("bob");
        UUID bob = Events.registered(email, "Bob Example");
        Mailbox mailbox = new Mailbox(email);
        mailbox.awaitSubject("Confirm your email address");
        UUID membership = UUID.randomUUID();
        UUID site = UUID.randomUUID();
        Amount thirty = new Amount("30.00", "USD");

        twice(BillingEvents.INVOICE_ISSUED, bob, new InvoiceIssued(UUID.randomUUID(), "INV-2026-000123", membership,
                "renewal", thirty, "pending"));
        twice(BillingEvents.PAYMENT_FAILED, bob, new PaymentFailed(UUID.randomUUID(), membership, "renewal", thirty,
                "card declined"));
        Events.publish(BillingEvents.INVOICE_ISSUED, bob, bob, new InvoiceIssued(UUID.randomUUID(),
                "INV-2026-000124", membership, "renewal", thirty, "pending"));
        twice(MembershipEvents.MEMBERSHIP_STATUS_CHANGED, bob, new MembershipStatusChanged(membership, "active",
                "on-hold", null, null));
        twice(MembershipEvents.MEMBERSHIP_STATUS_CHANGED, bob, new MembershipStatusChanged(membership, "on-hold",
                "expired", null, null));
        LocalDate trialEnd = LocalDate.now(ZoneOffset.UTC).plusDays(2);
        twice(MembershipEvents.MEMBERSHIP_CREATED, bob, new MembershipCreated(UUID.randomUUID(), "M-1",
                UUID.randomUUID(), "trialing", null, null, trialEnd));
        Events.publish(MembershipEvents.MEMBERSHIP_STATUS_CHANGED, bob, bob, new MembershipStatusChanged(
                UUID.randomUUID(), "active", "on-hold", null, null));
        twice(DomainEvents.DOMAIN_STAGE_CHANGED, bob, new DomainStageChanged(UUID.randomUUID(), site, "done",
                "shop.example.org", "CNAME sites.example"));
        twice(DomainEvents.DOMAIN_STAGE_CHANGED, bob, new DomainStageChanged(UUID.randomUUID(), site, "failed",
                "blog.example.org", "A 203.0.113.99"));
        Events.publish(DomainEvents.DOMAIN_STAGE_CHANGED, bob, bob, new DomainStageChanged(UUID.randomUUID(), site,
                "ssl-failed", "www.example.org", null));
        twice(SiteEvents.TEMPLATE_SWITCH_PROGRESSED, bob, new TemplateSwitchProgressed(site, UUID.randomUUID(),
                UUID.randomUUID(), "done", 100, null));
        twice(SiteEvents.TEMPLATE_SWITCH_PROGRESSED, bob, new TemplateSwitchProgressed(site, UUID.randomUUID(),
                UUID.randomUUID(), "failed", 40, "the template's content could not be copied"));
        Events.publish(SiteEvents.TEMPLATE_SWITCH_PROGRESSED, bob, bob, new TemplateSwitchProgressed(site,
                UUID.randomUUID(), UUID.randomUUID(), "done", 100, null));

        mailbox.awaitSubject("Invoice INV-2026-000124");
        assertThat(mailbox.withSubject("Invoice INV-2026-000123")).singleElement()
                .satisfies(m -> assertThat(text(m)).contains("$30.00").contains("https://account.test/account"));
        assertThat(mailbox.withSubject("Your payment of $30.00 failed")).singleElement()
                .satisfies(m -> assertThat(text(m)).contains("card declined").contains("Pay now"));

        await(mailbox, "Your membership is on hold", 2); // the pair's one, and the marker's
        assertThat(mailbox.withSubject("Your membership expired")).hasSize(1);
        assertThat(mailbox.awaitSubject("Your trial ends on")).satisfies(m -> assertThat(text(m)).contains("in 3 days"));
        assertThat(mailbox.withSubject("Your trial ends on")).hasSize(1);

        mailbox.awaitSubject("www.example.org has no secure connection");
        assertThat(mailbox.withSubject("shop.example.org is live")).singleElement()
                .satisfies(m -> assertThat(text(m)).contains("CNAME sites.example"));
        assertThat(mailbox.withSubject("blog.example.org could not be connected")).singleElement()
                .satisfies(m -> assertThat(text(m)).contains("What DNS answered: A 203.0.113.99."));
        assertThat(text(mailbox.withSubject("www.example.org has no secure connection").get(0)))
                .contains("What DNS answered: nothing.");

        await(mailbox, "Your site has its new template", 2);
        assertThat(mailbox.withSubject("template switch failed")).singleElement()
                .satisfies(m -> assertThat(text(m)).contains("could not be copied"));
        assertThat(mailbox.all()).allSatisfy(m -> assertThat(m.getHeader("Message-ID")[0]).endsWith(
                "@account-suite.example>"));
    }

    private static void await(Mailbox mailbox, String subject, int count) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> mailbox.withSubject(subject).size() >= count);
        assertThat(mailbox.withSubject(subject)).hasSize(count);
    }

    private static <P> void twice(EventType<P> type, UUID customer, P payload) {
        EventEnvelope<P> event = Events.publish(type, customer, customer, payload);
        Events.again(type, event);
    }
}
