package io.accountsuite.site.sites;

import java.util.UUID;

import io.accountsuite.contracts.membership.MembershipEvents;
import io.accountsuite.contracts.membership.MembershipEvents.MembershipChanged;
import io.accountsuite.contracts.membership.MembershipEvents.MembershipCreated;
import io.accountsuite.contracts.site.SiteEvents;
import io.accountsuite.contracts.site.SiteEvents.SiteEntitlementsChanged;
import io.accountsuite.platform.inbox.EventHandler;
import io.accountsuite.platform.outbox.Outbox;
import io.accountsuite.site.limits.EntitlementsStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/**
 * What site-service does with membership-service's events: a new membership's site ({@link SiteCreation}), once,
 * and each membership's entitlements, announced per site once recorded.
 */
@Configuration
class MembershipEventHandlers {

    @Bean
    EventHandler<MembershipCreated> createSite(EntitlementsStore entitlements, Sites sites, SiteCreation creation) {
        return EventHandler.of("create-site", MembershipEvents.MEMBERSHIP_CREATED, event -> {
            MembershipCreated created = event.payload();
            return entitlements.record(event, created.membershipId(), created.entitlements())
                    .then(sites.ofMembership(created.membershipId()).hasElement())
                    .flatMap(exists -> exists || created.site() == null ? Mono.empty()
                            : creation.create(event));
        });
    }

    /** New entitlements are announced per site once recorded, so an open page re-reads its limits and actions. */
    @Bean
    EventHandler<MembershipChanged> followEntitlements(EntitlementsStore entitlements, Sites sites, Outbox outbox) {
        return EventHandler.of("follow-entitlements", MembershipEvents.MEMBERSHIP_CHANGED, event -> {
            UUID membershipId = event.payload().membershipId();
            return entitlements.record(event, membershipId, event.payload().entitlements())
                    .filter(Boolean::booleanValue)
                    .flatMap(recorded -> sites.ofMembership(membershipId))
                    .flatMap(site -> outbox.append(SiteEvents.SITE_ENTITLEMENTS_CHANGED, site.customerId(), site.id(),
                            new SiteEntitlementsChanged(site.id(), membershipId)))
                    .then();
        });
    }
}
