package io.accountsuite.membership.memberships;

import io.accountsuite.membership.catalog.EntitlementsEdited;
import io.accountsuite.membership.catalog.Product;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Every membership holding an edited product publishes its new effective entitlements ({@code product-updated}), so
 * its site and domains follow the edit.
 */
@Component
@RequiredArgsConstructor
class HoldersFollowProductEdits implements EntitlementsEdited {

    private final Memberships memberships;
    private final MembershipEventPublisher events;

    @Override
    public Mono<Void> entitlementsEdited(Product product) {
        return memberships.holding(product.id()).concatMap(m -> events.termsChanged(m, "product-updated")).then();
    }
}
