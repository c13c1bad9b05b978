package io.accountsuite.notification.mail;

import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import io.accountsuite.notification.settings.Sender;
import io.accountsuite.notification.settings.SenderSettings;
import io.accountsuite.notification.verification.VerificationTokens;
import io.accountsuite.platform.schedule.BackgroundPoller;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Hands queued mails to the SMTP server. Each pass claims the due messages and sends them one by one on a bounded
 * elastic scheduler (Jakarta Mail blocks). A message the server refuses for now is tried again with a doubling
 * backoff; one it bounces (5xx for the recipient), or that failed {@code maxAttempts} times, is parked: kept with its
 * error, counted in {@code notification_messages_parked_total} (alert MailParked) and never tried again by itself.
 * Delivery is at least once: a crash between the server's acceptance and the row's update sends it again, under the
 * same Message-ID.
 */
@Component
public class Delivery {

    private static final Logger log = LoggerFactory.getLogger(Delivery.class);
    /**
     * A batch's worst case (each mail waiting out the SMTP timeouts, 5 + 10 + 10 s) stays well inside its lease, so
     * no other instance takes a mail that is still being sent.
     */
    private static final int BATCH = 10;
    private static final Duration LEASE = Duration.ofMinutes(10);

    private final Postbox postbox;
    private final JavaMailSender smtp;
    private final SenderSettings senders;
    private final VerificationTokens tokens;
    private final DeliverySettings settings;
    private final Clock clock;
    private final Counter parked;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestSeconds = new AtomicLong();
    private final Scheduler smtpThreads = Schedulers.newBoundedElastic(4, 1000, "smtp");
    private final BackgroundPoller sending = new BackgroundPoller("mail delivery", Duration.ofMinutes(4));
    private final BackgroundPoller upkeep = new BackgroundPoller("mail upkeep", Duration.ofMinutes(1));

    public Delivery(Postbox postbox, JavaMailSender smtp, SenderSettings senders, VerificationTokens tokens,
                    DeliverySettings settings, Clock clock, MeterRegistry meters) {
        this.postbox = postbox;
        this.smtp = smtp;
        this.senders = senders;
        this.tokens = tokens;
        this.settings = settings;
        this.clock = clock;
        this.parked = Counter.builder("notification.messages.parked")
                .description("Mails given up: bounced, or refused maxAttempts times").register(meters);
        meters.gauge("notification.messages.pending", pending);
        meters.gauge("notification.messages.oldest.pending.seconds", oldestSeconds);
    }

    @Scheduled(fixedDelayString = "${notification.delivery.interval:1s}")
    void deliver() {
        sending.pass(() -> senders.current().flatMapMany(sender -> postbox.claimDue(BATCH, clock.instant(), LEASE)
                .concatMap(message -> send(message, sender))).then());
    }

    /** Refreshes the backlog gauges and forgets what is past keeping: old sent mails, spent links. */
    @Scheduled(fixedDelayString = "${notification.delivery.upkeep-interval:15s}")
    void upkeep() {
        upkeep.pass(() -> postbox.backlog()
                .doOnNext(b -> {
                    pending.set(b.pending());
                    oldestSeconds.set(b.oldest() == null ? 0
                            : Math.max(0, Duration.between(b.oldest(), clock.instant()).toSeconds()));
                })
                .then(postbox.pruneSent(clock.instant().minus(settings.keepSent())))
                .then(tokens.purgeExpired(clock.instant())));
    }

    private Mono<Void> send(Message message, Sender sender) {
        return withLink(message)
                .flatMap(body -> Mono.fromRunnable(() -> smtp.send(mime(message, body, sender)))
                        .subscribeOn(smtpThreads))
                .then(Mono.defer(() -> postbox.sent(message, clock.instant())))
                .onErrorResume(failure -> failed(message, failure));
    }

    /** The body as it leaves: with a freshly minted verification token where it carries a link. */
    private Mono<Composed> withLink(Message message) {
        if (message.link() == null || message.customerId() == null) {
            return Mono.just(message.body());
        }
        return tokens.mint(message.customerId(), message.link().purpose(), message.link().requestId(),
                clock.instant()).map(message.body()::withToken);
    }

    private Mono<Void> failed(Message message, Throwable failure) {
        String error = SmtpFailure.describe(failure);
        int attempts = message.attempts() + 1;
        if (SmtpFailure.permanent(failure) || attempts >= settings.maxAttempts()) {
            log.atWarn().addKeyValue("messageId", message.id().toString()).addKeyValue("kind", message.kind().value())
                    .log("mail {} parked after {} attempt(s): {}", message.id(), attempts, error);
            return postbox.park(message, error).doOnSuccess(v -> parked.increment());
        }
        Instant next = clock.instant().plus(settings.backoffAfter(attempts));
        log.info("mail {} not sent (attempt {}), trying again at {}: {}", message.id(), attempts, next, error);
        return postbox.retryAt(message, next, error);
    }

    private MimeMessage mime(Message message, Composed body, Sender sender) {
        MimeMessage mime = smtp.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
            helper.setFrom(new InternetAddress(sender.address(), sender.name(), "UTF-8"));
            helper.setTo(message.recipient());
            helper.setSubject(body.subject());
            helper.setText(body.text(), body.html());
            // JavaMailSenderImpl keeps a Message-ID set beforehand: the same mail keeps it on every attempt.
            mime.setHeader("Message-ID", message.messageId());
            return mime;
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailPreparationException("cannot build mail " + message.id(), e);
        }
    }

    /** Stops the SMTP threads with the application. */
    @PreDestroy
    void stop() {
        smtpThreads.dispose();
    }
}
