package io.accountsuite.identity.login;

import java.util.Set;

import io.accountsuite.identity.IdentityProblems;
import io.accountsuite.identity.audit.Audit;
import io.accountsuite.identity.customer.Customer;
import io.accountsuite.identity.customer.Language;
import io.accountsuite.identity.customer.Registration;
import io.accountsuite.platform.problem.ApiProblem;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * A visitor signs up: throttled per client address before any hashing; a new email gets an account, a taken one
 * changes nothing, and both take the same work (a hash) and answer the same, so the answer does not tell whether the
 * email has an account (OWASP ASVS v5 6.3.8). The owner of a taken address is told by email (SignUpWithExistingEmail,
 * notification-service).
 */
@Service
@RequiredArgsConstructor
public class SignUps {

    private final Registration registration;
    private final LoginThrottle throttle;

    /**
     * Completes empty for a new and a taken email alike; 429 past the address's limit, 400 for invalid fields. A new
     * account speaks {@code language} (the sign-up's Accept-Language).
     */
    public Mono<Void> signUp(String rawEmail, String password, String rawName, Language language, String address) {
        return throttle.claimRegistration(address)
                .then(Mono.defer(() -> registration.register(rawEmail, password, rawName, Set.of(Customer.CUSTOMER),
                        language)))
                .doOnNext(customer -> Audit.record("register", customer.id(), address, "succeeded"))
                .onErrorResume(ApiProblem.class, e -> e.type() == IdentityProblems.EMAIL_TAKEN
                        ? Mono.fromRunnable(() -> Audit.record("register", null, address, "email-taken"))
                                .then(registration.tellOwnerOfSignUp(rawEmail))
                                .then(Mono.<Customer>empty())
                        : Mono.error(e))
                .then();
    }
}
