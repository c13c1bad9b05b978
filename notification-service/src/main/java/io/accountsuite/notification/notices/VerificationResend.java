package io.accountsuite.notification.notices;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import io.accountsuite.notification.NotificationProblems;
import io.accountsuite.notification.mail.Kind;
import io.accountsuite.notification.mail.Letter;
import io.accountsuite.notification.mail.Postbox;
import io.accountsuite.notification.recipient.Recipient;
import io.accountsuite.notification.recipient.Recipients;
import io.accountsuite.notification.verification.Purpose;
import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.problem.ProblemType;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * A customer asks for a new verification link: to the address an email change waits on, else to their unverified
 * sign-in address. At most one a minute, so the button cannot flood a mailbox.
 */
@Service
@RequiredArgsConstructor
public class VerificationResend {

    static final Duration QUIET = Duration.ofMinutes(1);

    private final Recipients recipients;
    private final Notices notices;
    private final Postbox postbox;
    private final Clock clock;

    /**
     * Queues the link; answers the address it goes to. 409 {@code already-verified} when nothing waits for one, 429
     * {@code too-many-requests} within a minute of the last, 404 while the customer is not known here yet.
     */
    public Mono<String> resend(UUID customerId) {
        return recipients.require(customerId)
                .onErrorMap(Recipients.RecipientUnknown.class, unknown -> ApiProblem.notFound("address"))
                .flatMap(reader -> {
                    Letter letter = letterFor(reader);
                    if (letter == null) {
                        return Mono.error(NotificationProblems.ALREADY_VERIFIED.problem(
                                "Your email address is confirmed already"));
                    }
                    String to = letter.kind() == Kind.VERIFY_NEW_ADDRESS ? reader.pendingEmail() : reader.email();
                    return postbox.postedSince(customerId, letter.kind(), clock.instant().minus(QUIET))
                            .flatMap(recent -> recent
                                    ? Mono.error(ProblemType.TOO_MANY_REQUESTS.problem(
                                            "A link was sent less than a minute ago; look in your mailbox")
                                            .header("Retry-After", Long.toString(QUIET.toSeconds())))
                                    : notices.tell(UUID.randomUUID(), reader, to, letter).thenReturn(to));
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
}
