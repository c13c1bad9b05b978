package io.accountsuite.platform.erasure;

import java.time.Clock;
import java.util.List;

import io.accountsuite.contracts.EventEnvelope;
import io.accountsuite.contracts.EventType;
import io.accountsuite.contracts.erasure.ErasureEvents.DataErased;
import io.accountsuite.contracts.identity.IdentityEvents;
import io.accountsuite.contracts.identity.IdentityEvents.AccountDeletionRequested;
import io.accountsuite.platform.inbox.EventHandler;
import io.accountsuite.platform.outbox.Outbox;
import lombok.RequiredArgsConstructor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A service's part in the account deletion saga: on AccountDeletionRequested it runs every
 * {@link CustomerDataEraser} of the service, erases what the platform holds of the customer (sent outbox rows, dead
 * letters), writes the customer's tombstone, then confirms with its *DataErased, in one transaction. A redelivered
 * request is a no-op (inbox); a failing eraser is retried and confirms nothing until it succeeds. After it, the
 * inbox ignores the customer's events (ARCHITECTURE.md: erased stays erased).
 */
@RequiredArgsConstructor
public class AccountErasure implements EventHandler<AccountDeletionRequested> {

    private final EventType<DataErased> confirmation;
    private final String service;
    private final List<CustomerDataEraser> erasers;
    private final List<RetainingEraser> retaining;
    private final ErasedCustomers erased;
    private final Outbox outbox;
    private final Clock clock;

    @Override
    public EventType<AccountDeletionRequested> eventType() {
        return IdentityEvents.ACCOUNT_DELETION_REQUESTED;
    }

    @Override
    public Mono<Void> handle(EventEnvelope<AccountDeletionRequested> event) {
        return Flux.fromIterable(erasers)
                .concatMap(eraser -> eraser.erase(event.customerId()))
                .thenMany(Flux.fromIterable(retaining).concatMap(eraser -> eraser.eraseRetaining(event.customerId())))
                .flatMapIterable(kept -> kept)
                .collectList()
                .flatMap(kept -> erased.erase(event.customerId(), clock.instant())
                        .then(outbox.append(confirmation, event.customerId(), event.customerId(),
                                new DataErased(service, clock.instant(), kept))))
                .then();
    }
}
