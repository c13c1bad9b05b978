package io.accountsuite.identity.deletion;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.accountsuite.contracts.erasure.ErasureEvents.Kept;
import io.accountsuite.contracts.identity.IdentityEvents;
import io.accountsuite.contracts.identity.IdentityEvents.AccountDeleted;
import io.accountsuite.contracts.identity.IdentityEvents.AccountDeletionRequested;
import io.accountsuite.identity.account.CredentialChanges;
import io.accountsuite.identity.audit.Audit;
import io.accountsuite.identity.customer.Customers;
import io.accountsuite.identity.customer.CustomerStatus;
import io.accountsuite.identity.customer.SessionCutoff;
import io.accountsuite.identity.token.Sessions;
import io.accountsuite.platform.erasure.ErasedCustomers;
import io.accountsuite.platform.outbox.Outbox;
import io.accountsuite.platform.problem.Message;
import io.accountsuite.platform.security.sessions.SessionRevocations;
import io.accountsuite.platform.problem.ApiProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * The account deletion saga, identity's side: mark the account deleting and end its sessions at once, ask every
 * service to erase the customer's data, and when each expected service has confirmed, erase the credentials and
 * announce AccountDeleted. What remains is the saga row: the id and the deletion time.
 */
@Service
public class AccountDeletion {

    private final Customers customers;
    private final CredentialChanges credentials;
    private final Sessions sessions;
    private final DeletionSagas sagas;
    private final Outbox outbox;
    private final ErasedCustomers erased;
    private final SessionRevocations revocations;
    private final TransactionalOperator tx;
    private final Clock clock;
    private final List<String> expectedServices;

    public AccountDeletion(Customers customers, CredentialChanges credentials, Sessions sessions, DeletionSagas sagas,
                           Outbox outbox, ErasedCustomers erased, SessionRevocations revocations,
                           TransactionalOperator tx, Clock clock, DeletionSettings settings) {
        this.customers = customers;
        this.credentials = credentials;
        this.sessions = sessions;
        this.sagas = sagas;
        this.outbox = outbox;
        this.erased = erased;
        this.revocations = revocations;
        this.tx = tx;
        this.clock = clock;
        this.expectedServices = List.copyOf(settings.expectedServices());
    }

    public Mono<DeletionStatus> request(UUID customerId, String password, Boolean confirm, String address) {
        if (!Boolean.TRUE.equals(confirm)) {
            return Mono.error(ApiProblem.invalid("confirm", Message.of("identity.deletion.confirm")));
        }
        return sagas.find(customerId, false)
                .switchIfEmpty(Mono.defer(() -> credentials.activeCustomer(customerId)
                        .flatMap(customer -> credentials.confirmPassword(customer, password, "password", address))
                        .then(Mono.defer(() -> start(customerId)))
                        .doOnSuccess(s -> Audit.record("account-deletion", customerId, address, "requested"))));
    }

    public Mono<DeletionStatus> status(UUID customerId) {
        return sagas.find(customerId, false).switchIfEmpty(Mono.error(() -> ApiProblem.notFound("account deletion")));
    }

    /** A service confirmed, with what it kept; the last expected confirmation completes the deletion. Repeatable. */
    public Mono<Void> confirmed(UUID customerId, String service, List<Kept> kept) {
        Instant now = clock.instant();
        return tx.transactional(sagas.confirm(customerId, service, now, kept)
                .then(sagas.find(customerId, true))
                .filter(saga -> "deleting".equals(saga.status()) && saga.isComplete())
                .flatMap(saga -> complete(customerId, now)));
    }

    /**
     * Starts the saga once: of two requests at the same time, the second waits for the first to commit and answers
     * the same saga (202), without asking the services again.
     */
    private Mono<DeletionStatus> start(UUID customerId) {
        Instant now = clock.instant();
        Instant cutoff = SessionCutoff.endingSessionsAt(now);
        return tx.transactional(sagas.start(customerId, expectedServices, now)
                        .filter(Boolean::booleanValue)
                        .flatMap(started -> customers.updateStatus(customerId, CustomerStatus.DELETING, now)
                                .then(customers.updateSessionsValidAfter(customerId, cutoff, now))
                                .then(sessions.closeAll(customerId))
                                .then(outbox.append(IdentityEvents.ACCOUNT_DELETION_REQUESTED, customerId, customerId,
                                        new AccountDeletionRequested(now, cutoff)))
                                // With no service to wait for, the saga completes at once.
                                .then(expectedServices.isEmpty() ? complete(customerId, now) : Mono.empty())))
                .then(Mono.fromRunnable(() -> revocations.cutOff(customerId, cutoff)))
                .then(sagas.find(customerId, false));
    }

    private Mono<Void> complete(UUID customerId, Instant now) {
        return customers.delete(customerId)
                .then(sagas.markDeleted(customerId, now))
                .then(outbox.append(IdentityEvents.ACCOUNT_DELETED, customerId, customerId, new AccountDeleted(now)))
                // The events already sent go now, AccountDeleted once sent; later ones of the customer are ignored.
                .then(erased.erase(customerId, now))
                .doOnSuccess(e -> Audit.record("account-deletion", customerId, null, "completed"))
                .then();
    }
}
