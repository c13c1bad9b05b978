package io.accountsuite.notification.verification;

import java.time.Clock;
import java.time.Instant;

import io.accountsuite.contracts.notification.NotificationEvents;
import io.accountsuite.contracts.notification.NotificationEvents.AddressVerified;
import io.accountsuite.notification.NotificationProblems;
import io.accountsuite.notification.recipient.Recipients;
import io.accountsuite.platform.outbox.Outbox;
import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.problem.Message;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** A customer opened a verification link: the token is used up and AddressVerified tells identity-service. */
@Service
@RequiredArgsConstructor
public class AddressVerification {

    private final VerificationTokens tokens;
    private final Recipients recipients;
    private final Outbox outbox;
    private final TransactionalOperator tx;
    private final Clock clock;

    /**
     * Uses {@code token} and publishes AddressVerified in one transaction; answers what it proved. The same token
     * again within 10 minutes answers the same and publishes nothing (a retried request acts once). 400
     * {@code invalid-verification-link} for a token that is unknown, used earlier or expired, all alike.
     */
    public Mono<Purpose> verify(String token) {
        Instant now = clock.instant();
        return tx.transactional(tokens.use(token, now)
                .switchIfEmpty(Mono.error(this::invalid))
                .flatMap(used -> stillWanted(used).thenReturn(used))
                .flatMap(used -> used.again() ? Mono.just(used.purpose())
                        : (used.purpose() == Purpose.REGISTRATION
                                ? recipients.markVerified(used.customerId(), now) : Mono.<Void>empty())
                        .then(outbox.append(NotificationEvents.ADDRESS_VERIFIED, used.customerId(),
                                used.customerId(), new AddressVerified(used.purpose().value(), used.requestId(), now)))
                        .thenReturn(used.purpose())));
    }

    /** An email change's link is refused (and, the transaction rolled back, left unused) once replaced. */
    private Mono<Void> stillWanted(VerificationTokens.Used used) {
        if (used.purpose() != Purpose.EMAIL_CHANGE || used.again()) {
            return Mono.empty();
        }
        return recipients.require(used.customerId())
                .onErrorResume(Recipients.RecipientUnknown.class, unknown -> Mono.empty())
                .filter(reader -> used.requestId() != null && used.requestId().equals(reader.pendingRequest()))
                .switchIfEmpty(Mono.error(this::invalid))
                .then();
    }

    private ApiProblem invalid() {
        return NotificationProblems.INVALID_VERIFICATION_LINK.problem(
                Message.of("notification.link.invalid"));
    }
}
