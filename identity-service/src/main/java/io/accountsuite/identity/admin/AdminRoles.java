package io.accountsuite.identity.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import io.accountsuite.contracts.identity.IdentityEvents;
import io.accountsuite.contracts.identity.IdentityEvents.CredentialsChanged;
import io.accountsuite.identity.IdentityProblems;
import io.accountsuite.identity.customer.Customer;
import io.accountsuite.identity.customer.Customers;
import io.accountsuite.identity.customer.SessionCutoff;
import io.accountsuite.identity.token.Sessions;
import io.accountsuite.platform.audit.AdminAudit;
import io.accountsuite.platform.outbox.Outbox;
import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.problem.Message;
import io.accountsuite.platform.problem.ProblemType;
import io.accountsuite.platform.security.Caller;
import io.accountsuite.platform.security.sessions.SessionRevocations;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Who is a network admin. Promoting adds the role to the customer's next tokens. Demoting takes it away at once:
 * the customer's sessions end (a cut-off every service applies, {@code CredentialsChanged} with reason
 * {@code admin-role-removed}), so no access token still carrying the role keeps working (OWASP ASVS v5 8.2.1). The
 * network always keeps one admin: demoting the last one answers 409 {@code last-admin}. Each change writes its audit
 * entry ({@code admin-promoted}, {@code admin-demoted}: the customer before and after) in its transaction; promoting
 * an admin or demoting a customer changes nothing and records nothing.
 */
@Service
@RequiredArgsConstructor
public class AdminRoles {

    private final Customers customers;
    private final Sessions sessions;
    private final Outbox outbox;
    private final SessionRevocations revocations;
    private final TransactionalOperator tx;
    private final AdminAudit audit;
    private final Clock clock;

    /**
     * Makes the customer an admin from their next sign-in or refresh. The caller must still be an admin as stored,
     * not only by their token (403): a token issued before a demotion must not win the role back.
     */
    public Mono<Customer> promote(Caller admin, UUID customerId) {
        Mono<Void> promotion = stillAdmin(admin.customerId()).then(existing(customerId))
                .filter(customer -> !customer.roles().contains(Customer.ADMIN))
                .flatMap(customer -> customers.updateRoles(customerId, with(customer.roles(), true), clock.instant())
                        .then(recorded(admin, "admin-promoted", customer)));
        return tx.transactional(promotion).then(customers.findById(customerId));
    }

    /**
     * Takes the admin role away and ends the customer's sessions; 403 when the caller is no admin any more, 404 for
     * an unknown customer, 409 for the last admin.
     */
    public Mono<Customer> demote(Caller admin, UUID customerId) {
        Instant cutoff = SessionCutoff.endingSessionsAt(clock.instant());
        Mono<Void> demotion = stillAdmin(admin.customerId()).collectList().flatMap(admins -> existing(customerId)
                .flatMap(customer -> {
                    if (!customer.roles().contains(Customer.ADMIN)) {
                        return Mono.empty();
                    }
                    if (admins.size() <= 1 && admins.contains(customerId)) {
                        return Mono.error(IdentityProblems.LAST_ADMIN.problem(Message.of("identity.admin.last-admin")));
                    }
                    Instant now = clock.instant();
                    return customers.updateRoles(customerId, with(customer.roles(), false), now)
                            .then(customers.updateSessionsValidAfter(customerId, cutoff, now))
                            .then(sessions.closeAll(customerId))
                            .then(outbox.append(IdentityEvents.CREDENTIALS_CHANGED, customerId, customerId,
                                    new CredentialsChanged(cutoff, "admin-role-removed")))
                            .then(recorded(admin, "admin-demoted", customer));
                }));
        return tx.transactional(demotion)
                .then(Mono.fromRunnable(() -> revocations.cutOff(customerId, cutoff)))
                .then(customers.findById(customerId));
    }

    /** Locks the admins as stored (in the caller's transaction) and answers them, if the caller is one. */
    private Flux<UUID> stillAdmin(UUID callerId) {
        return customers.lockAdmins().collectList().flatMapMany(admins -> admins.contains(callerId)
                ? Flux.fromIterable(admins)
                : Flux.error(ProblemType.FORBIDDEN.problem(Message.of("identity.admin.no-longer-admin"))));
    }

    /** The audit entry of a role change, in its transaction: the customer before and as the change left them. */
    private Mono<Void> recorded(Caller admin, String action, Customer before) {
        return customers.findById(before.id()).flatMap(after -> audit.record(admin, action, before.id(),
                AdminCreation.subject(before), CustomerView.of(before), CustomerView.of(after)));
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
