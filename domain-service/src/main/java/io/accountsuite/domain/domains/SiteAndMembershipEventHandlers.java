package io.accountsuite.domain.domains;

import java.util.Map;
import java.util.UUID;

import io.accountsuite.contracts.domain.DomainEvents;
import io.accountsuite.contracts.domain.DomainEvents.CustomDomainsEntitlementChanged;
import io.accountsuite.contracts.domain.DomainEvents.DomainCountChanged;
import io.accountsuite.contracts.membership.MembershipEvents;
import io.accountsuite.contracts.membership.MembershipEvents.MembershipChanged;
import io.accountsuite.contracts.membership.MembershipEvents.MembershipCreated;
import io.accountsuite.contracts.site.SiteEvents;
import io.accountsuite.contracts.site.SiteEvents.SiteCreated;
import io.accountsuite.contracts.site.SiteEvents.SiteDeleted;
import io.accountsuite.contracts.site.SiteEvents.SiteServingChanged;
import io.accountsuite.platform.erasure.CustomerDataEraser;
import io.accountsuite.platform.inbox.EventHandler;
import io.accountsuite.platform.outbox.Outbox;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/**
 * What domain-service learns from others: which membership a site belongs to and whether it is served (site-service:
 * a site awaiting its membership's first payment adds no domain), whether that membership allows custom domains
 * (membership-service; existing domains are flagged, not removed, when a plan change takes the right away), deleted
 * sites (their domains go) and deleted accounts (everything goes).
 */
@Configuration
class SiteAndMembershipEventHandlers {

    @Bean
    EventHandler<SiteCreated> siteCreated(Domains domains, Outbox outbox) {
        return EventHandler.of("site-created", SiteEvents.SITE_CREATED, e -> announcingChanges(domains, outbox,
                e.payload().membershipId(), domains.recordSite(e.payload().siteId(), e.payload().membershipId(),
                        e.customerId(), !Boolean.FALSE.equals(e.payload().served()))));
    }

    /** A site's membership started or stopped standing: it may add custom domains only while it stands. */
    @Bean
    EventHandler<SiteServingChanged> siteServingChanged(Domains domains, Outbox outbox) {
        return EventHandler.of("site-serving-changed", SiteEvents.SITE_SERVING_CHANGED, e -> announcingChanges(
                domains, outbox, e.payload().membershipId(),
                domains.recordServing(e.payload().siteId(), e.payload().served())));
    }

    @Bean
    EventHandler<SiteDeleted> siteDeleted(Domains domains, Outbox outbox) {
        return EventHandler.of("site-deleted", SiteEvents.SITE_DELETED, e ->
                domains.deleteOfSite(e.payload().siteId())
                        .then(domains.forgetSite(e.payload().siteId()))
                        .then(outbox.append(DomainEvents.DOMAIN_COUNT_CHANGED, e.customerId(), e.payload().siteId(),
                                new DomainCountChanged(e.payload().siteId(), e.payload().membershipId(), 0)))
                        .then());
    }

    @Bean
    EventHandler<MembershipCreated> membershipCreated(Domains domains, Outbox outbox) {
        return EventHandler.of("membership-created", MembershipEvents.MEMBERSHIP_CREATED, e ->
                e.payload().entitlements() == null ? Mono.empty()
                        : announcingChanges(domains, outbox, e.payload().membershipId(),
                        domains.recordEntitlement(e.payload().membershipId(), e.customerId(),
                                e.payload().entitlements().customDomains(), e.occurredAt())));
    }

    @Bean
    EventHandler<MembershipChanged> membershipChanged(Domains domains, Outbox outbox) {
        return EventHandler.of("membership-changed", MembershipEvents.MEMBERSHIP_CHANGED, e -> {
            if (e.payload().entitlements() == null) {
                return Mono.empty();
            }
            boolean allowed = e.payload().entitlements().customDomains();
            return announcingChanges(domains, outbox, e.payload().membershipId(),
                    domains.recordEntitlement(e.payload().membershipId(), e.customerId(), allowed, e.occurredAt())
                            .then(domains.flagMembership(e.payload().membershipId(), !allowed)));
        });
    }

    /**
     * Runs a change of the projection and announces every site of the membership whose answer it turned (plan and
     * standing together; a site not known before counts as not allowed), in the same transaction: an open page
     * re-reads its actions on it.
     */
    private static Mono<Void> announcingChanges(Domains domains, Outbox outbox, UUID membershipId,
                                                Mono<Void> change) {
        return allowedSites(domains, membershipId).flatMap(before -> change.then(
                domains.accessOfMembership(membershipId)
                        .filter(site -> site.mayAddDomains() != before.getOrDefault(site.siteId(), false))
                        .concatMap(site -> outbox.append(DomainEvents.CUSTOM_DOMAINS_ENTITLEMENT_CHANGED,
                                site.customerId(), site.siteId(), new CustomDomainsEntitlementChanged(site.siteId(),
                                        membershipId, site.mayAddDomains())))
                        .then()));
    }

    private static Mono<Map<UUID, Boolean>> allowedSites(Domains domains, UUID membershipId) {
        return domains.accessOfMembership(membershipId)
                .collectMap(Domains.SiteAccess::siteId, Domains.SiteAccess::mayAddDomains);
    }

    @Bean
    CustomerDataEraser domainEraser(Domains domains) {
        return domains::deleteOfCustomer;
    }
}
