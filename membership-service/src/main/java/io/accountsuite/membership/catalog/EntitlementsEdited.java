package io.accountsuite.membership.catalog;

import reactor.core.publisher.Mono;

/**
 * Hears, inside the transaction that saves it, that a product now entitles differently: its limits, custom domains
 * or templates changed. An error rolls the edit back.
 */
public interface EntitlementsEdited {

    /** {@code product} as saved; completes when what follows from the edit is written. */
    Mono<Void> entitlementsEdited(Product product);
}
