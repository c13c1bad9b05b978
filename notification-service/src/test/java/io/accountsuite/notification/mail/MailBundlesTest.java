package io.accountsuite.notification.mail;

import java.util.Locale;

import io.accountsuite.notification.settings.NotificationDefaults;
import io.accountsuite.notification.settings.Sender;
import io.accountsuite.platform.language.LocalFormats;
import io.accountsuite.testkit.MessageBundles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The mails' bundles (issue 21): every key in every language, with the same arguments, and MessageFormat's rules. */
class MailBundlesTest {

    private final MailComposer composer = new MailComposer(MailComposerTest.words(),
            new NotificationDefaults("https://account.test/", "Sites", "hello@sites.test"));

    @Test
    void both_languages_have_the_same_keys_and_arguments_and_no_lone_apostrophe() {
        MessageBundles.assertFormatBundle("mail/messages");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void every_kind_reads_in_french(Kind kind) {
        Composed mail = composer.compose(Letter.of(kind, "/account", "ARG0", "ARG1", "ARG2"), "Anne", Locale.FRENCH,
                new Sender("Réseau de sites", "bonjour@sites.test"));

        assertThat(mail.subject()).isNotBlank().doesNotContain("{").isNotEqualTo(
                composer.compose(Letter.of(kind, "/account", "ARG0", "ARG1", "ARG2"), "Anne", Locale.ENGLISH,
                        new Sender("Réseau de sites", "bonjour@sites.test")).subject());
        assertThat(mail.text()).startsWith("Bonjour Anne,").contains("— Réseau de sites")
                .contains("Vous recevez cet e-mail").contains("https://account.test/account")
                .doesNotContain("{0}").doesNotContain("{1}").doesNotContain("''").doesNotContain("  ");
        assertThat(mail.html()).contains("<html lang=\"fr\"");
    }

    @Test
    void a_french_machine_still_writes_english_to_an_english_reader() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRANCE);
            Composed mail = composer.compose(Letter.plain(Kind.MEMBERSHIP_ON_HOLD), "Ann", Locale.ENGLISH,
                    new Sender("Sites", "hello@sites.test"));
            assertThat(mail.subject()).isEqualTo("Your membership is on hold");
            assertThat(LocalFormats.money("30.00", "USD", Locale.ENGLISH)).isEqualTo("$30.00");
        } finally {
            Locale.setDefault(before);
        }
    }
}
