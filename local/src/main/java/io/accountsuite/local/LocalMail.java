package io.accountsuite.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * A mail server that catches every mail notification-service sends: GreenMail's standalone jar in a JVM of its own
 * (copied to {@code local/target/mail/} by the build), SMTP on {@link SuiteSettings#mailSmtpPort()} without
 * authentication, every recipient accepted into a mailbox of its own, and its HTTP API on
 * {@link SuiteSettings#mailApiPort()}: {@code GET /api/user/<email>/messages/INBOX} answers a JSON array of
 * {@code {uid, messageId, subject, contentType, mimeMessage}} (the raw MIME text); {@code greenmail-openapi.yml}
 * in the jar. Mail lives in its memory only: a restart of the suite starts with empty mailboxes.
 */
final class LocalMail implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final Process process;

    private LocalMail(Process process) {
        this.process = process;
    }

    static LocalMail start(SuiteSettings settings) throws IOException, InterruptedException {
        Path jar = jar(settings);
        if (!Files.exists(jar)) {
            throw new IOException(jar + " is missing; build first (./mvnw -DskipTests package)");
        }
        Process process = new ProcessBuilder(LocalKafka.java(), "-Xmx128m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-Dgreenmail.smtp.hostname=127.0.0.1", "-Dgreenmail.smtp.port=" + settings.mailSmtpPort(),
                "-Dgreenmail.api.hostname=127.0.0.1", "-Dgreenmail.api.port=" + settings.mailApiPort(),
                // Any sender, any recipient: notification-service sends without a login, as to a local relay.
                "-Dgreenmail.auth.disabled",
                "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(settings.logs().resolve("mail.log").toFile()))
                .start();
        LocalMail mail = new LocalMail(process);
        mail.awaitReady(settings.mailApiPort(), Duration.ofSeconds(60));
        return mail;
    }

    static Path jar(SuiteSettings settings) {
        return settings.root().resolve("local/target/mail/greenmail-standalone.jar");
    }

    /** GreenMail answers 200 on {@code /api/service/readiness} once its SMTP server accepts connections. */
    private void awaitReady(int apiPort, Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest readiness = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + apiPort
                + "/api/service/readiness")).timeout(Duration.ofSeconds(2)).GET().build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("the mail server exited with code " + process.exitValue());
            }
            try {
                if (HTTP.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // not up yet; the deadline bounds this loop
            }
            Thread.sleep(250); // polling a child process against the deadline above
        }
        throw new IOException("the mail server was not ready within " + timeout.toSeconds() + " s");
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
