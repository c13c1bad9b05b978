package io.accountsuite.notification.notices;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.accountsuite.notification.NotificationProblems;
import io.accountsuite.notification.mail.Kind;
import io.accountsuite.notification.mail.Letter;
import io.accountsuite.notification.mail.Postbox;
import io.accountsuite.notification.recipient.Recipient;
import io.accountsuite.notification.recipient.Recipients;
import io.accountsuite.notification.verification.Purpose;
import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.problem.Message;
import io.accountsuite.platform.problem.ProblemType;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * A customer asks for a new verification link: to the address an email change waits on, else to their unverified
 * sign-in address. At most one a minute and {@value #PER_HOUR} verification mails an hour, so neither the button
 * nor repeated email changes can flood a mailbox.
 */
@Service
@RequiredArgsConstructor
public class VerificationResend {

    static final Duration QUIET = Duration.ofMinutes(1);

    /** At most this many verification mails an hour to one customer, whatever asks for them. */
    static final int PER_HOUR = 5;
    static final List<Kind> VERIFICATIONS = List.of(Kind.VERIFY_ADDRESS, Kind.VERIFY_NEW_ADDRESS);

    private final Recipients recipients;
    private final Notices notices;
    private final Postbox postbox;
    private final Clock clock;

    /**
     * Queues the link; answers the address it goes to. 409 {@code already-verified} when nothing waits for one, 429
     * {@code too-many-requests} within a minute of the last or past the hour's limit (with Retry-After), 404 while
     * the customer is not known here yet.
     */
    public Mono<String> resend(UUID customerId) {
        return recipients.require(customerId)
                .onErrorMap(Recipients.RecipientUnknown.class, unknown -> ApiProblem.notFound("address"))
                .flatMap(reader -> {
                    Letter letter = letterFor(reader);
                    if (letter == null) {
                        return Mono.error(NotificationProblems.ALREADY_VERIFIED.problem(
                                Message.of("notification.already-verified")));
                    }
                    String to = letter.kind() == Kind.VERIFY_NEW_ADDRESS ? reader.pendingEmail() : reader.email();
                    return postbox.postedSince(customerId, letter.kind(), clock.instant().minus(QUIET))
                            .flatMap(recent -> recent ? Mono.error(tooMany("notification.resend.recent", QUIET))
                                    : withinHourlyLimit(postbox, customerId, clock.instant()))
                            .flatMap(within -> within ? notices.tell(UUID.randomUUID(), reader, to, letter)
                                    .thenReturn(to) : Mono.error(tooMany(
                                    "notification.resend.hourly", Duration.ofHours(1))));
                });
    }

    private static Letter letterFor(Recipient reader) {
        if (reader.pendingEmail() != null) {
            return Letter.verification(Kind.VERIFY_NEW_ADDRESS, Purpose.EMAIL_CHANGE, reader.pendingRequest(),
                    reader.pendingEmail());
        }
        return reader.verified() ? null
                : Letter.verification(Kind.VERIFY_ADDRESS, Purpose.REGISTRATION, null, reader.email());
    }

    /** Whether another verification mail may go to the customer now ({@link #PER_HOUR}). */
    static Mono<Boolean> withinHourlyLimit(Postbox postbox, UUID customerId, Instant now) {
        return postbox.countSince(customerId, VERIFICATIONS, now.minus(Duration.ofHours(1)))
                .map(sent -> sent < PER_HOUR);
    }

    private static ApiProblem tooMany(String key, Duration wait) {
        return ProblemType.TOO_MANY_REQUESTS.problem(Message.of(key))
                .header("Retry-After", Long.toString(wait.toSeconds()));
    }
}
