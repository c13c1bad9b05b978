package io.accountsuite.notification;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.accountsuite.testkit.MailParts;
import io.accountsuite.testkit.TestMailServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import static org.awaitility.Awaitility.await;

/** What arrived at one address of the test SMTP server, read as a person would: subject, text, links. */
public record Mailbox(String address) {

    static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final Pattern TOKEN = Pattern.compile("/verify-email\\?token=([A-Za-z0-9_-]{43})");

    public List<MimeMessage> all() {
        return TestMailServer.shared().to(address);
    }

    /** Waits for a mail whose subject contains {@code subject}, and answers it. */
    public MimeMessage awaitSubject(String subject) {
        return await().atMost(DEADLINE).until(() -> withSubject(subject).stream().findFirst().orElse(null),
                Objects::nonNull);
    }

    public List<MimeMessage> withSubject(String subject) {
        return all().stream().filter(m -> subject(m).contains(subject)).toList();
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text part of the mail. */
    public static String text(MimeMessage message) {
        return MailParts.first(message, "text/plain");
    }

    /** The HTML part of the mail. */
    public static String html(MimeMessage message) {
        return MailParts.first(message, "text/html");
    }

    /** The token of the verification link the mail carries. */
    public static String token(MimeMessage message) {
        Matcher link = TOKEN.matcher(text(message));
        if (!link.find()) {
            throw new AssertionError("no verification link in:\n" + text(message));
        }
        return link.group(1);
    }
}
