package io.accountsuite.identity.deletion;

import io.accountsuite.contracts.EventEnvelope;
import io.accountsuite.contracts.EventType;
import io.accountsuite.contracts.erasure.ErasureEvents.DataErased;
import io.accountsuite.platform.inbox.EventHandler;
import reactor.core.publisher.Mono;

/** Records one service's *DataErased in the deletion saga. One instance per confirming service. */
class ErasureConfirmation implements EventHandler<DataErased> {

    private final EventType<DataErased> type;
    private final AccountDeletion deletion;

    ErasureConfirmation(EventType<DataErased> type, AccountDeletion deletion) {
        this.type = type;
        this.deletion = deletion;
    }

    @Override
    public EventType<DataErased> eventType() {
        return type;
    }

    @Override
    public Mono<Void> handle(EventEnvelope<DataErased> event) {
        return deletion.confirmed(event.customerId(), event.payload().service(), event.payload().kept());
    }

    @Override
    public String consumerName() {
        return "deletion-saga:" + type.name();
    }
}
