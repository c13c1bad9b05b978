package io.accountsuite.notification.notices;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;

import io.accountsuite.contracts.EventEnvelope;
import io.accountsuite.contracts.billing.BillingEvents;
import io.accountsuite.contracts.billing.BillingEvents.InvoiceIssued;
import io.accountsuite.contracts.billing.BillingEvents.PaymentFailed;
import io.accountsuite.contracts.identity.IdentityEvents;
import io.accountsuite.contracts.identity.IdentityEvents.CredentialsChanged;
import io.accountsuite.contracts.identity.IdentityEvents.LanguageChosen;
import io.accountsuite.contracts.membership.MembershipEvents;
import io.accountsuite.contracts.membership.MembershipEvents.Amount;
import io.accountsuite.contracts.membership.MembershipEvents.MembershipCreated;
import io.accountsuite.notification.Events;
import io.accountsuite.notification.Mailbox;
import io.accountsuite.notification.NotificationTest;
import io.accountsuite.platform.language.LocalFormats;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import static io.accountsuite.notification.Mailbox.html;
import static io.accountsuite.notification.Mailbox.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mails in the reader's language (issue 21): French words, money and dates for a French reader, from their sign-up
 * or from their LanguageChosen on.
 */
@NotificationTest
class LanguageNoticesIT {

    @Test
    void a_french_reader_gets_french_words_money_and_dates() {
        String email = Events.newAddress("anne");
        UUID anne = Events.registered(email, "Anne Exemple", "fr");
        Mailbox mailbox = new Mailbox(email);
        MimeMessage welcome = mailbox.awaitSubject("Confirmez votre adresse e-mail");
        assertThat(text(welcome)).startsWith("Bonjour Anne Exemple,").contains("Confirmer mon adresse e-mail");
        assertThat(html(welcome)).contains("<html lang=\"fr\"");

        Amount thirty = new Amount("30.00", "USD");
        EventEnvelope<InvoiceIssued> issued = Events.publish(BillingEvents.INVOICE_ISSUED, anne, anne,
                new InvoiceIssued(UUID.randomUUID(), "INV-2026-000777", UUID.randomUUID(), "renewal", thirty,
                        "pending"));
        Events.publish(BillingEvents.PAYMENT_FAILED, anne, anne, new PaymentFailed(UUID.randomUUID(),
                UUID.randomUUID(), "renewal", thirty, null));
        LocalDate trialEnd = LocalDate.of(2027, 1, 1);
        Events.publish(MembershipEvents.MEMBERSHIP_CREATED, anne, anne, new MembershipCreated(UUID.randomUUID(),
                "M-1", UUID.randomUUID(), "trialing", null, null, LocalDate.now(ZoneOffset.UTC).plusDays(2)));

        String invoice = spaced(text(mailbox.awaitSubject("Facture INV-2026-000777")));
        assertThat(invoice).contains("La facture INV-2026-000777 d’un montant de 30,00 $US a été émise le "
                + spaced(LocalFormats.date(issued.occurredAt().atZone(ZoneOffset.UTC).toLocalDate(), Locale.FRENCH)))
                .contains("Voir mes factures");
        assertThat(spaced(LocalFormats.date(trialEnd, Locale.FRENCH))).isEqualTo("1 janv. 2027");
        MimeMessage failed = mailbox.awaitSubject("Votre paiement de 30,00");
        assertThat(spaced(Mailbox.subject(failed))).isEqualTo("Votre paiement de 30,00 $US a échoué");
        assertThat(spaced(text(failed))).contains("de 30,00 $US : paiement refusé.").contains("Payer maintenant");
        assertThat(spaced(text(mailbox.awaitSubject("Votre essai se termine le")))).contains("dans 3 jours")
                .contains(spaced(LocalFormats.date(LocalDate.now(ZoneOffset.UTC).plusDays(2), Locale.FRENCH)));
    }

    @Test
    void the_language_chosen_on_the_profile_writes_the_next_mails() {
        String email = Events.newAddress("bob");
        UUID bob = Events.registered(email, "Bob Example", "en");
        Mailbox mailbox = new Mailbox(email);
        mailbox.awaitSubject("Confirm your email address");

        Events.publish(IdentityEvents.LANGUAGE_CHOSEN, bob, bob, new LanguageChosen("fr", Instant.now()));
        Events.publish(IdentityEvents.CREDENTIALS_CHANGED, bob, bob,
                new CredentialsChanged(Instant.now(), "password-changed"));
        assertThat(spaced(text(mailbox.awaitSubject("Votre mot de passe a été modifié"))))
                .startsWith("Bonjour Bob Example,").contains(" UTC.");

        Events.publish(IdentityEvents.LANGUAGE_CHOSEN, bob, bob, new LanguageChosen("en", Instant.now()));
        Events.publish(IdentityEvents.CREDENTIALS_CHANGED, bob, bob,
                new CredentialsChanged(Instant.now(), "password-changed"));
        assertThat(text(mailbox.awaitSubject("Your password was changed"))).startsWith("Hello Bob Example,");
    }

    /** CLDR's French separates with non-breaking spaces (U+00A0, U+202F), as do the French words: read as plain. */
    private static String spaced(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
