package io.accountsuite.membership.catalog;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Mono;

/**
 * How many memberships hold products, for the admin's product views: the catalog knows nothing of memberships, so
 * they answer through this.
 */
public interface ProductHolders {

    /**
     * For each of these products, how many memberships that still stand (neither expired nor cancelled) hold it as
     * their plan or as an add-on; a product none holds may be left out (it has 0).
     */
    Mono<Map<UUID, Long>> count(Collection<UUID> productIds);
}
