package io.accountsuite.identity.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.accountsuite.contracts.identity.IdentityEvents;
import io.accountsuite.contracts.identity.IdentityEvents.CredentialsChanged;
import io.accountsuite.contracts.identity.IdentityEvents.EmailChangeDropped;
import io.accountsuite.contracts.identity.IdentityEvents.EmailChangeRequested;
import io.accountsuite.contracts.identity.IdentityEvents.EmailChanged;
import io.accountsuite.identity.customer.Customer;
import io.accountsuite.identity.customer.Customers;
import io.accountsuite.identity.customer.EmailAddress;
import io.accountsuite.identity.customer.EmailVerifications;
import io.accountsuite.identity.customer.Registration;
import io.accountsuite.identity.customer.SessionCutoff;
import io.accountsuite.identity.login.LoginThrottle;
import io.accountsuite.identity.password.PasswordPolicy;
import io.accountsuite.identity.password.Passwords;
import io.accountsuite.identity.token.Sessions;
import io.accountsuite.identity.token.TokenPair;
import io.accountsuite.platform.outbox.Outbox;
import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.problem.Message;
import io.accountsuite.platform.problem.ProblemType;
import io.accountsuite.platform.security.sessions.SessionRevocations;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Password and email changes, both confirmed with the current password; an email change takes effect once its new
 * address is verified (issue 19).
 */
@Service
@RequiredArgsConstructor
public class CredentialChanges {

    private final Customers customers;
    private final EmailVerifications verifications;
    private final Passwords passwords;
    private final PasswordPolicy policy;
    private final LoginThrottle throttle;
    private final Sessions sessions;
    private final Outbox outbox;
    private final SessionRevocations revocations;
    private final TransactionalOperator tx;
    private final Clock clock;

    /**
     * Sets a new password and ends every session: access tokens issued before now stop counting at the gateway
     * and refresh tokens are revoked. The caller continues in a fresh session.
     */
    public Mono<TokenPair> changePassword(UUID customerId, String current, String next, String confirmation,
                                          String address) {
        return activeCustomer(customerId)
                .flatMap(customer -> confirmPassword(customer, current, "currentPassword", address)
                        .then(Mono.defer(() -> validateNewPassword(customer, current, next, confirmation)))
                        .then(passwords.hash(next))
                        .flatMap(hash -> {
                            Instant now = clock.instant();
                            Instant cutoff = SessionCutoff.endingSessionsAt(now);
                            return tx.transactional(customers.updatePasswordHash(customerId, hash, now)
                                    .then(customers.updateSessionsValidAfter(customerId, cutoff, now))
                                    .then(sessions.closeAll(customerId))
                                    .then(outbox.append(IdentityEvents.CREDENTIALS_CHANGED, customerId, customerId,
                                            new CredentialsChanged(cutoff, "password-changed"))))
                                    .then(Mono.fromRunnable(() -> revocations.cutOff(customerId, cutoff)))
                                    .then(customers.findById(customerId));
                        })
                        .flatMap(sessions::open));
    }

    /** One email change request a minute: each mails a link to an address the caller names (not a mail cannon). */
    static final Duration EMAIL_CHANGE_QUIET = Duration.ofMinutes(1);

    /**
     * Asks for the sign-in email to become {@code rawEmail}: nothing changes until the customer opens the link
     * notification-service mails to it ({@link #completeEmailChange}). The answer does not say whether another
     * account has the address (OWASP ASVS v5 6.3.8): such a change is dropped when its link is opened. 400 for an
     * invalid or unchanged address or a wrong password; 429 within a minute of the last request. A later request
     * replaces this one.
     */
    public Mono<Void> changeEmail(UUID customerId, String password, String rawEmail, String address) {
        return activeCustomer(customerId)
                .flatMap(customer -> confirmPassword(customer, password, "password", address)
                        .then(Mono.defer(() -> newAddress(customer, rawEmail)))
                        .flatMap(email -> verifications.pendingSince(customerId)
                                .filter(since -> since.isAfter(clock.instant().minus(EMAIL_CHANGE_QUIET)))
                                .flatMap(recent -> Mono.<String>error(ProblemType.TOO_MANY_REQUESTS.problem(
                                                Message.of("identity.email.change-too-soon"))
                                        .header("Retry-After", Long.toString(EMAIL_CHANGE_QUIET.toSeconds()))))
                                .defaultIfEmpty(email))
                        .flatMap(email -> {
                            Instant now = clock.instant();
                            var change = new EmailVerifications.PendingChange(UUID.randomUUID(), email, now);
                            return tx.transactional(verifications.request(customerId, change)
                                    .then(outbox.append(IdentityEvents.EMAIL_CHANGE_REQUESTED, customerId,
                                            customerId, new EmailChangeRequested(change.requestId(), email, now))));
                        }))
                .then();
    }

    /**
     * The new address of change {@code requestId} is verified: it becomes the sign-in email, and EmailChanged tells
     * the former one. Does nothing when that change was replaced or completed already. When another account has the
     * address, the change is dropped and EmailChangeDropped tells the customer (who proved the mailbox theirs).
     */
    public Mono<Void> completeEmailChange(UUID customerId, UUID requestId) {
        Instant now = clock.instant();
        return tx.transactional(verifications.lockPending(customerId, requestId)
                .flatMap(change -> customers.findByEmail(change.newEmail())
                        .map(other -> false)
                        .defaultIfEmpty(true)
                        .flatMap(free -> free
                                ? customers.updateEmail(customerId, change.newEmail(), now)
                                        .then(verifications.markVerified(customerId, now))
                                        .then(verifications.forgetPending(customerId))
                                        .then(outbox.append(IdentityEvents.EMAIL_CHANGED, customerId, customerId,
                                                new EmailChanged(now, requestId)))
                                        .then()
                                : verifications.forgetPending(customerId)
                                        .then(outbox.append(IdentityEvents.EMAIL_CHANGE_DROPPED, customerId,
                                                customerId, new EmailChangeDropped(requestId, now)))
                                        .then())));
    }

    private Mono<String> newAddress(Customer customer, String rawEmail) {
        String email = EmailAddress.parse(rawEmail).orElse(null);
        if (email == null) {
            return Mono.error(ApiProblem.invalid("newEmail", Message.of("identity.email.invalid")));
        }
        if (EmailAddress.key(email).equals(EmailAddress.key(customer.email()))) {
            return Mono.error(ApiProblem.invalid("newEmail", Message.of("identity.email.same")));
        }
        return Mono.just(email);
    }

    /** Checks the password a sensitive action is confirmed with; attempts count towards sign-in throttling. */
    public Mono<Void> confirmPassword(Customer customer, String password, String field, String address) {
        String given = password == null ? "" : password;
        return throttle.claimSignIn(customer.email(), address)
                .then(passwords.matches(given, customer.passwordHash()))
                .flatMap(ok -> ok ? throttle.recordSuccess(customer.email())
                        : Mono.error(ApiProblem.invalid(field, Message.of("identity.password.wrong"))));
    }

    public Mono<Customer> activeCustomer(UUID customerId) {
        return customers.findById(customerId)
                .filter(Customer::isActive)
                .switchIfEmpty(Mono.error(() -> ProblemType.UNAUTHENTICATED.problem(
                        Message.of("identity.account-closed"))));
    }

    private Mono<Void> validateNewPassword(Customer customer, String current, String next, String confirmation) {
        ApiProblem invalid = ProblemType.VALIDATION.problem(Message.of("identity.password.unusable"));
        policy.violations(next, customer.email()).forEach(message -> invalid.field("newPassword", message));
        if (next != null && next.equals(current)) {
            invalid.field("newPassword", Message.of("identity.password.same"));
        }
        if (next == null || !next.equals(confirmation)) {
            invalid.field("newPasswordConfirmation", Message.of("identity.password.confirmation"));
        }
        return invalid.errors().isEmpty() ? Mono.empty() : Mono.error(invalid);
    }
}
