package io.accountsuite.notification.mail;

import java.util.Locale;
import java.util.UUID;

import io.accountsuite.notification.settings.NotificationDefaults;
import io.accountsuite.notification.settings.Sender;
import io.accountsuite.notification.verification.Purpose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class MailComposerTest {

    private static final Sender SENDER = new Sender("Sites Network", "hello@sites.test");
    private final MailComposer composer = new MailComposer(words(),
            new NotificationDefaults("https://account.test/", "Sites", "hello@sites.test"));

    @ParameterizedTest
    @EnumSource(Kind.class)
    void every_kind_has_its_words_and_fills_in_every_argument(Kind kind) {
        Composed mail = composer.compose(Letter.of(kind, "/account", "ARG0", "ARG1", "ARG2"), "Ann", Locale.ENGLISH,
                SENDER);

        assertThat(mail.subject()).isNotBlank().doesNotContain("{").doesNotContain(kind.value() + ".");
        assertThat(mail.text()).startsWith("Hello Ann,").contains("— Sites Network")
                .contains("https://account.test/account").doesNotContain("{0}").doesNotContain("{1}")
                .doesNotContain("''");
        assertThat(mail.html()).contains("<html lang=\"en\"").contains("href=\"https://account.test/account\"");
    }

    @Test
    void what_the_customer_typed_is_escaped_in_html_and_kept_as_typed_in_text() {
        Composed mail = composer.compose(Letter.plain(Kind.PASSWORD_CHANGED, "Nov 30, 2026"),
                "<script>alert(1)</script> & Co", Locale.ENGLISH, SENDER);

        assertThat(mail.html()).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co")
                .doesNotContain("<script>");
        assertThat(mail.text()).contains("Hello <script>alert(1)</script> & Co,");
        assertThat(mail.html()).doesNotContain("href=");
    }

    @Test
    void a_verification_letter_leaves_room_for_a_token_minted_on_sending() {
        Composed mail = composer.compose(Letter.verification(Kind.VERIFY_ADDRESS, Purpose.REGISTRATION, null,
                "ann@example.com"), "Ann", Locale.ENGLISH, SENDER);
        String token = "t".repeat(43);

        assertThat(mail.text()).contains("https://account.test/verify-email?token=" + Composed.TOKEN_PLACEHOLDER);
        Composed sent = mail.withToken(token);
        assertThat(sent.text()).contains("/verify-email?token=" + token).doesNotContain(Composed.TOKEN_PLACEHOLDER);
        assertThat(sent.html()).contains("/verify-email?token=" + token).doesNotContain(Composed.TOKEN_PLACEHOLDER);
    }

    @Test
    void message_ids_are_named_from_the_event_and_the_kind() {
        UUID event = UUID.randomUUID();
        assertThat(Message.idFor(event, Kind.INVOICE_ISSUED)).isEqualTo(Message.idFor(event, Kind.INVOICE_ISSUED))
                .isNotEqualTo(Message.idFor(event, Kind.PAYMENT_FAILED))
                .isNotEqualTo(Message.idFor(UUID.randomUUID(), Kind.INVOICE_ISSUED));
    }

    static ResourceBundleMessageSource words() {
        ResourceBundleMessageSource words = new ResourceBundleMessageSource();
        words.setBasename("mail/messages");
        words.setDefaultEncoding("UTF-8");
        words.setFallbackToSystemLocale(false);
        words.setAlwaysUseMessageFormat(true);
        return words;
    }
}
