package io.accountsuite.membership.memberships;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import io.accountsuite.membership.catalog.ProductHolders;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The memberships holding each product, counted for the catalog's admin views. */
@Component
@RequiredArgsConstructor
class HoldingMemberships implements ProductHolders {

    private final Memberships memberships;

    @Override
    public Mono<Map<UUID, Long>> count(Collection<UUID> productIds) {
        return memberships.holders(productIds);
    }
}
