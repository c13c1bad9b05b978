package io.accountsuite.platform.erasure;

import java.util.List;
import java.util.UUID;

import io.accountsuite.contracts.erasure.ErasureEvents.Kept;
import reactor.core.publisher.Mono;

/**
 * Erases a customer's data of one kind but keeps, detached from the account, the records the law obliges the service
 * to keep (issued invoices, say); answers what it kept and until when, which the service's *DataErased carries to
 * the deletion saga (GDPR Art. 17(3)(b)). Runs in the erasure's transaction.
 */
public interface RetainingEraser {

    Mono<List<Kept>> eraseRetaining(UUID customerId);
}
