package io.accountsuite.membership.catalog;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import io.accountsuite.platform.audit.AdminAudit;
import io.accountsuite.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The admin saving a product. When an edit changes what a product entitles (limits, custom domains, templates),
 * each {@link EntitlementsEdited} hears of it in the same transaction: the memberships holding the product publish
 * their new effective entitlements, so their sites and domains follow (issue "payments drive memberships": limits
 * stay true across services). The catalog knows nothing of memberships. Each save is written to the audit log in
 * its transaction (issue 20).
 */
@Service
class ProductEditing {

    private final Products products;
    private final List<EntitlementsEdited> listeners;
    private final TransactionalOperator tx;
    private final AdminAudit audit;
    private final Clock clock;

    ProductEditing(Products products, List<EntitlementsEdited> listeners, TransactionalOperator tx, AdminAudit audit,
                   Clock clock) {
        this.products = products;
        this.listeners = List.copyOf(listeners);
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Saves a new or edited product; {@code before} is the product as it was (null for a new one). The audit log
     * gets {@code product-created} or {@code product-updated} with the product's view before and after.
     */
    Mono<Product> save(Caller admin, Product product, @Nullable Product before) {
        return tx.transactional(products.save(product, clock.instant())
                .flatMap(saved -> before != null && !sameEntitlements(before, saved)
                        ? Flux.fromIterable(listeners).concatMap(listener -> listener.entitlementsEdited(saved))
                        .then(Mono.just(saved))
                        : Mono.just(saved))
                .flatMap(saved -> audit.record(admin, before == null ? "product-created" : "product-updated", null,
                        "product " + saved.id(), before == null ? null : ProductView.of(before),
                        ProductView.of(saved)).thenReturn(saved)));
    }

    private static boolean sameEntitlements(Product a, Product b) {
        return Objects.equals(a.limits(), b.limits()) && a.templateMode() == b.templateMode()
                && Objects.equals(a.templates(), b.templates());
    }
}
