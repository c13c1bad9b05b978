package io.accountsuite.identity.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import io.accountsuite.contracts.identity.IdentityEvents;
import io.accountsuite.contracts.identity.IdentityEvents.CredentialsChanged;
import io.accountsuite.identity.customer.Customer;
import io.accountsuite.identity.customer.Customers;
import io.accountsuite.identity.customer.SessionCutoff;
import io.accountsuite.identity.token.Sessions;
import io.accountsuite.platform.outbox.Outbox;
import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.problem.ProblemType;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Who is a network admin. Promoting adds the role to the customer's next tokens. Demoting takes it away at once:
 * the customer's sessions end (a cut-off every service applies, {@code CredentialsChanged} with reason
 * {@code admin-role-removed}), so no access token still carrying the role keeps working (OWASP ASVS v5 8.2.1). The
 * network always keeps one admin: demoting the last one answers 409 {@code last-admin}.
 */
@Service
public class AdminRoles {

    public static final ProblemType LAST_ADMIN = new ProblemType("last-admin", HttpStatus.CONFLICT,
            "The network needs at least one admin");

    private final Customers customers;
    private final Sessions sessions;
    private final Outbox outbox;
    private final TransactionalOperator tx;
    private final Clock clock;

    public AdminRoles(Customers customers, Sessions sessions, Outbox outbox, TransactionalOperator tx, Clock clock) {
        this.customers = customers;
        this.sessions = sessions;
        this.outbox = outbox;
        this.tx = tx;
        this.clock = clock;
    }

    /** Makes the customer an admin from their next sign-in or refresh; 404 for an unknown customer. */
    public Mono<Customer> promote(UUID customerId) {
        return existing(customerId)
                .flatMap(customer -> customers.updateRoles(customerId, with(customer.roles(), true), clock.instant()))
                .then(customers.findById(customerId));
    }

    /** Takes the admin role away and ends the customer's sessions; 404 unknown, 409 the last admin. */
    public Mono<Customer> demote(UUID customerId) {
        Mono<Void> demotion = customers.lockAdmins().collectList().flatMap(admins -> existing(customerId)
                .flatMap(customer -> {
                    if (!customer.roles().contains(Customer.ADMIN)) {
                        return Mono.empty();
                    }
                    if (admins.size() <= 1 && admins.contains(customerId)) {
                        return Mono.error(LAST_ADMIN.problem("Make another customer an admin first"));
                    }
                    Instant now = clock.instant();
                    Instant cutoff = SessionCutoff.endingSessionsAt(now);
                    return customers.updateRoles(customerId, with(customer.roles(), false), now)
                            .then(customers.updateSessionsValidAfter(customerId, cutoff, now))
                            .then(sessions.closeAll(customerId))
                            .then(outbox.append(IdentityEvents.CREDENTIALS_CHANGED, customerId, customerId,
                                    new CredentialsChanged(cutoff, "admin-role-removed")))
                            .then();
                }));
        return tx.transactional(demotion).then(customers.findById(customerId));
    }

    private Mono<Customer> existing(UUID customerId) {
        return customers.findById(customerId).switchIfEmpty(Mono.error(() -> ApiProblem.notFound("customer")));
    }

    private static Set<String> with(Set<String> roles, boolean admin) {
        Set<String> changed = new HashSet<>(roles);
        if (admin) {
            changed.add(Customer.ADMIN);
        } else {
            changed.remove(Customer.ADMIN);
        }
        return changed;
    }
}
