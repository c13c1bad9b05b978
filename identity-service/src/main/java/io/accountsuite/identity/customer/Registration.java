package io.accountsuite.identity.customer;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import io.accountsuite.contracts.identity.IdentityEvents;
import io.accountsuite.contracts.identity.IdentityEvents.CustomerRegistered;
import io.accountsuite.contracts.identity.IdentityEvents.SignUpWithExistingEmail;
import io.accountsuite.identity.IdentityProblems;
import io.accountsuite.identity.password.PasswordPolicy;
import io.accountsuite.identity.password.Passwords;
import io.accountsuite.platform.outbox.Outbox;
import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.problem.Message;
import io.accountsuite.platform.problem.ProblemType;
import io.accountsuite.platform.validation.PlainText;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** Creates customer accounts: for a sign-up ({@code login.SignUps}), an admin, or the bootstrap admin. */
@Service
@RequiredArgsConstructor
public class Registration {

    private final Customers customers;
    private final Passwords passwords;
    private final PasswordPolicy policy;
    private final Outbox outbox;
    private final TransactionalOperator tx;
    private final Clock clock;

    /**
     * Creates an account (an admin's, or a sign-up's) speaking {@code language}; 409 {@code email-taken} when the
     * email has one.
     */
    public Mono<Customer> register(String rawEmail, String password, String rawName, Set<String> roles,
                                   Language language) {
        return register(rawEmail, password, rawName, roles, language, created -> Mono.empty());
    }

    /**
     * Creates an account as {@link #register(String, String, String, Set, Language)} does, and runs
     * {@code alsoRecord} on the new customer in the same transaction (an admin's creation writes its audit entry
     * there).
     */
    public Mono<Customer> register(String rawEmail, String password, String rawName, Set<String> roles,
                                   Language language, Function<Customer, Mono<Void>> alsoRecord) {
        String email = EmailAddress.parse(rawEmail).orElse(null);
        String name = rawName == null ? "" : rawName.strip();
        ApiProblem invalid = ProblemType.VALIDATION.problem(Message.of("platform.fields-invalid"));
        if (email == null) {
            invalid.field("email", Message.of("identity.email.invalid"));
        }
        if (name.isEmpty() || name.length() > 200 || !PlainText.isSingleLine(name)) {
            invalid.field("name", Message.of("identity.name.invalid"));
        }
        List<Message> broken = policy.violations(password, rawEmail);
        broken.forEach(message -> invalid.field("password", message));
        if (!invalid.errors().isEmpty()) {
            return Mono.error(invalid);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return passwords.hash(password)
                .map(hash -> new Customer(UUID.randomUUID(), email, name, hash, roles, CustomerStatus.ACTIVE, now,
                        now, now, language))
                .flatMap(customer -> tx.transactional(customers.insert(customer)
                        .flatMap(saved -> outbox.append(IdentityEvents.CUSTOMER_REGISTERED, saved.id(), saved.id(),
                                new CustomerRegistered(now, saved.email(), saved.name(),
                                        saved.language().value()))
                                .then(alsoRecord.apply(saved)).thenReturn(saved))))
                .onErrorMap(Customers.EmailTaken.class,
                        e -> IdentityProblems.EMAIL_TAKEN.problem(Message.of("identity.email.taken"))
                                .field("email", Message.of("identity.email.in-use")));
    }

    /**
     * Tells the owner of {@code email}'s account that someone tried to sign up with it (SignUpWithExistingEmail);
     * completes empty, and does nothing when no account has the address (it may have been deleted meanwhile).
     */
    public Mono<Void> tellOwnerOfSignUp(String email) {
        Instant now = clock.instant();
        return tx.transactional(customers.findByEmail(EmailAddress.parse(email).orElse(email))
                .flatMap(owner -> outbox.append(IdentityEvents.SIGN_UP_WITH_EXISTING_EMAIL, owner.id(), owner.id(),
                        new SignUpWithExistingEmail(now))))
                .then();
    }
}
