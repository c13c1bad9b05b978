package io.accountsuite.site.sites;

import java.time.Clock;
import java.util.UUID;

import io.accountsuite.contracts.site.SiteEvents.SiteDeleted;
import io.accountsuite.platform.outbox.Outbox;
import io.accountsuite.platform.security.Caller;
import io.accountsuite.site.content.SiteContent;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * The owner deleting their site (SPEC "Delete site"): irreversible; the site and its content go, the membership and
 * the account stay. Deleting a site the caller already deleted succeeds again without doing anything.
 */
@Service
@RequiredArgsConstructor
class SiteDeletion {

    private final Sites sites;
    private final OwnedSites owned;
    private final SiteContent content;
    private final Outbox outbox;
    private final TransactionalOperator tx;
    private final Clock clock;

    /** Deletes the site and publishes SiteDeleted in one transaction; 404 for a site the caller does not own. */
    Mono<Void> delete(Caller caller, UUID siteId) {
        return sites.wasDeletedBy(siteId, caller.customerId()).flatMap(already -> already ? Mono.empty()
                : tx.transactional(owned.lock(caller, siteId).flatMap(site -> content.deleteAll(site.id())
                        .then(sites.delete(site, clock.instant()))
                        .then(Mono.defer(() -> {
                            Site.Transition<SiteDeleted> deleted = site.delete();
                            return outbox.append(deleted.type(), site.customerId(), site.id(), deleted.event());
                        }))
                        .then())));
    }
}
