package io.accountsuite.e2e;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.accountsuite.testkit.MailParts;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.awaitility.Awaitility.await;

/**
 * One address's mailbox on the running suite's mail server (GreenMail, LocalMail), read as its owner would: each
 * mail's subject and plain text, and the verification link a mail carries. Read through GreenMail's HTTP API
 * ({@code GET /api/user/<email>/messages/INBOX}: a JSON array of {@code {subject, mimeMessage}}, the raw MIME text
 * parsed here; 400 for an address that has received nothing yet).
 */
public record Mailbox(String address) {

    /** A mail leaves within a second or two of its event (delivery every 1 s); generous for a busy machine. */
    public static final Duration DEADLINE = Duration.ofSeconds(60);
    /** {@code <page-url>/verify-email?token=<43 base64url characters>} (notification-service's MailComposer). */
    private static final Pattern VERIFICATION_LINK = Pattern.compile(
            "https?://[^\\s/]+/verify-email\\?token=[A-Za-z0-9_-]{43}");
    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]{43})");

    private static final HttpClient HTTP = RunningSuite.httpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Session MIME = Session.getInstance(new Properties());

    /** One mail as its reader sees it. */
    public record Mail(String subject, String text) {

        /** The verification link the mail's text carries; fails if it has none. */
        public String verificationLink() {
            Matcher link = VERIFICATION_LINK.matcher(text);
            if (!link.find()) {
                throw new AssertionError("no verification link in \"" + subject + "\":\n" + text);
            }
            return link.group();
        }

        /** The token of the verification link (43 base64url characters). */
        public String verificationToken() {
            Matcher token = TOKEN.matcher(verificationLink());
            if (!token.find()) {
                throw new AssertionError("no token in " + verificationLink());
            }
            return token.group(1);
        }
    }

    /** Every mail that reached the address so far, oldest first; none for an address the server has not seen. */
    public List<Mail> all() {
        // The suite's addresses are plain ASCII ("c-1a2b3c4d@example.com"): the path takes them as they are.
        String url = RunningSuite.suite().mailApiUrl() + "/api/user/" + address + "/messages/INBOX";
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 400) {
                return List.of(); // GreenMail makes a mailbox at the first mail to it
            }
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + answer.statusCode() + ": " + answer.body());
            }
            List<Map<String, Object>> messages = JSON.readValue(answer.body(), new TypeReference<>() { });
            return messages.stream().map(message -> read((String) message.get("mimeMessage"))).toList();
        } catch (IOException e) {
            throw new IllegalStateException("the mail server's API at " + url + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The mails whose subject is {@code subject} exactly. */
    public List<Mail> withSubject(String subject) {
        return all().stream().filter(mail -> subject.equals(mail.subject())).toList();
    }

    /** Waits (up to {@link #DEADLINE}) for a mail whose subject is {@code subject}, and answers the latest. */
    public Mail awaitSubject(String subject) {
        return await("a mail \"" + subject + "\" to " + address).atMost(DEADLINE).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    List<Mail> found = withSubject(subject);
                    return found.isEmpty() ? null : found.get(found.size() - 1);
                }, Objects::nonNull);
    }

    private static Mail read(String raw) {
        try {
            MimeMessage message = new MimeMessage(MIME,
                    new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
            String text = MailParts.first(message, "text/plain");
            return new Mail(message.getSubject(), text == null ? "" : text);
        } catch (MessagingException e) {
            throw new IllegalStateException("a mail that is not MIME:\n" + raw, e);
        }
    }
}
