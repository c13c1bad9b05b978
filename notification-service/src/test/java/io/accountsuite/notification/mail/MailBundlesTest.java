package io.accountsuite.notification.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.accountsuite.notification.settings.NotificationDefaults;
import io.accountsuite.notification.settings.Sender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The mails' bundles (issue 21): every key in every language, with the same arguments, and MessageFormat's rules. */
class MailBundlesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    private final Properties english = load("mail/messages.properties");
    private final Properties french = load("mail/messages_fr.properties");
    private final MailComposer composer = new MailComposer(MailComposerTest.words(),
            new NotificationDefaults("https://account.test/", "Sites", "hello@sites.test"));

    @Test
    void both_languages_have_the_same_keys() {
        assertThat(french.stringPropertyNames()).as("keys of messages.properties missing from messages_fr")
                .containsAll(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).as("keys of messages_fr.properties missing from messages")
                .containsAll(french.stringPropertyNames());
    }

    @Test
    void the_french_words_fill_in_every_argument_the_english_ones_do() {
        for (String key : english.stringPropertyNames()) {
            assertThat(arguments(french.getProperty(key, ""))).as("arguments of %s in French", key)
                    .containsAll(arguments(english.getProperty(key)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mail/messages.properties", "mail/messages_fr.properties"})
    void every_apostrophe_is_written_twice_for_message_format(String bundle) {
        Properties words = load(bundle);
        for (String key : words.stringPropertyNames()) {
            assertThat(LONE_APOSTROPHE.matcher(words.getProperty(key)).find()).as("lone apostrophe in %s", key)
                    .isFalse();
        }
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

    private static Set<String> arguments(String entry) {
        Set<String> found = new TreeSet<>();
        Matcher argument = ARGUMENT.matcher(entry);
        while (argument.find()) {
            found.add(argument.group(1));
        }
        return found;
    }

    private static Properties load(String resource) {
        Properties words = new Properties();
        try (InputStream in = MailBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(resource, e);
        }
        return words;
    }
}
