package io.accountsuite.membership.catalog;

import java.time.Clock;
import java.util.Objects;

import io.accountsuite.membership.membership.MembershipEventPublisher;
import io.accountsuite.membership.membership.Memberships;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * The admin saving a product. When an edit changes what a product entitles (limits, custom domains, templates),
 * every membership holding it publishes its new effective entitlements in the same transaction, so its site and
 * domains follow (issue "payments drive memberships": limits stay true across services).
 */
@Service
class ProductEditing {

    private final Products products;
    private final Memberships memberships;
    private final MembershipEventPublisher events;
    private final TransactionalOperator tx;
    private final Clock clock;

    ProductEditing(Products products, Memberships memberships, MembershipEventPublisher events,
                   TransactionalOperator tx, Clock clock) {
        this.products = products;
        this.memberships = memberships;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    /** Saves a new or edited product; {@code before} is the product as it was (null for a new one). */
    Mono<Product> save(Product product, Product before) {
        return tx.transactional(products.save(product, clock.instant())
                .flatMap(saved -> before != null && !sameEntitlements(before, saved)
                        ? memberships.holding(saved.id()).concatMap(m -> events.termsChanged(m, "product-updated"))
                        .then(Mono.just(saved))
                        : Mono.just(saved)));
    }

    private static boolean sameEntitlements(Product a, Product b) {
        return Objects.equals(a.limits(), b.limits()) && a.templateMode() == b.templateMode()
                && Objects.equals(a.templates(), b.templates());
    }
}
