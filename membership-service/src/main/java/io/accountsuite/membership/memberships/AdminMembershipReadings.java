package io.accountsuite.membership.memberships;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.accountsuite.membership.catalog.Product;
import io.accountsuite.membership.catalog.Products;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** What the admin reads of every membership: the list with plan names, and the summary. */
@Service
@RequiredArgsConstructor
class AdminMembershipReadings {

    private final Memberships memberships;
    private final Products products;

    Flux<AdminMembership> newest(@Nullable UUID customerId, @Nullable MembershipStatus status, int limit) {
        return memberships.newest(customerId, status, limit).collectList()
                .flatMapMany(found -> plans(found).flatMapMany(catalog -> Flux.fromIterable(found)
                                .map(m -> AdminMembership.of(m, name(catalog, m.planId())))));
    }

    Mono<MembershipSummary> summary() {
        return memberships.countByStatus().zipWith(memberships.inStatus(MembershipStatus.ACTIVE).collectList()
                .map(MonthlyRecurringRevenue::of), MembershipSummary::of);
    }

    static @Nullable String name(Map<UUID, Product> catalog, UUID productId) {
        Product product = catalog.get(productId);
        return product == null ? null : product.name();
    }

    /** The plans of these memberships, by product id. */
    private Mono<Map<UUID, Product>> plans(List<Membership> found) {
        return products.byIds(found.stream().map(Membership::planId).distinct().toList());
    }
}
