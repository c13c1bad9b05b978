package io.accountsuite.identity.login;

import java.time.Clock;

import io.accountsuite.identity.audit.Audit;
import io.accountsuite.identity.customer.Customer;
import io.accountsuite.identity.customer.Customers;
import io.accountsuite.identity.customer.EmailAddress;
import io.accountsuite.identity.password.Passwords;
import io.accountsuite.identity.token.Sessions;
import io.accountsuite.identity.token.TokenPair;
import io.accountsuite.platform.problem.Message;
import io.accountsuite.platform.problem.ProblemType;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Sign-in: throttled per account and address, the attempt counted before the password is checked; an unknown email
 * costs the same password check as a wrong password and gets the same answer; a hash made with older parameters is
 * redone.
 */
@Service
@RequiredArgsConstructor
public class Authentication {

    private final Customers customers;
    private final Passwords passwords;
    private final LoginThrottle throttle;
    private final Sessions sessions;
    private final Clock clock;

    public Mono<TokenPair> login(String email, String password, String address) {
        String safeEmail = email == null ? "" : email;
        String safePassword = password == null ? "" : password;
        return throttle.claimSignIn(safeEmail, address)
                .doOnError(e -> Audit.record("login", null, address, "throttled"))
                .then(account(safeEmail)
                        .filter(Customer::isActive)
                        .flatMap(customer -> passwords.matches(safePassword, customer.passwordHash())
                                .filter(Boolean::booleanValue)
                                .map(ok -> customer))
                        .switchIfEmpty(Mono.defer(() -> passwords.matchesNothing(safePassword)
                                .then(Mono.empty()))))
                .flatMap(customer -> rehashIfOutdated(customer, safePassword)
                        .then(throttle.recordSuccess(safeEmail))
                        .then(sessions.open(customer))
                        .doOnNext(pair -> Audit.record("login", customer.id(), address, "succeeded")))
                .switchIfEmpty(Mono.defer(() -> {
                    Audit.record("login", null, address, "failed");
                    return Mono.error(ProblemType.UNAUTHENTICATED.problem(Message.of("identity.login.wrong")));
                }));
    }

    /** Text that is not an email address names no account; it is not looked up. */
    private Mono<Customer> account(String email) {
        return EmailAddress.parse(email).map(customers::findByEmail).orElse(Mono.empty());
    }

    private Mono<Void> rehashIfOutdated(Customer customer, String password) {
        if (!passwords.needsRehash(customer.passwordHash())) {
            return Mono.empty();
        }
        return passwords.hash(password)
                .flatMap(hash -> customers.updatePasswordHash(customer.id(), hash, clock.instant()));
    }
}
