package io.accountsuite.platform.schema;

import org.springframework.transaction.reactive.TransactionSynchronizationManager;
import reactor.core.publisher.Mono;

/**
 * For writes that must join the transaction of the change they accompany (an outbox event, an audit entry): written
 * on their own, they could describe a change that never happened.
 */
public final class RequiredTransaction {

    private RequiredTransaction() {
    }

    /** Completes inside an actual transaction; errors with IllegalStateException saying {@code why} otherwise. */
    public static Mono<Void> check(String why) {
        return TransactionSynchronizationManager.forCurrentTransaction()
                .filter(TransactionSynchronizationManager::isActualTransactionActive)
                .switchIfEmpty(Mono.error(new IllegalStateException("no transaction")))
                .onErrorMap(e -> new IllegalStateException(why, e))
                .then();
    }
}
