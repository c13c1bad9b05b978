package io.accountsuite.domain.domain;

import io.accountsuite.contracts.domain.DomainEvents;
import io.accountsuite.contracts.domain.DomainEvents.DomainCountChanged;
import io.accountsuite.contracts.membership.MembershipEvents;
import io.accountsuite.contracts.membership.MembershipEvents.MembershipChanged;
import io.accountsuite.contracts.membership.MembershipEvents.MembershipCreated;
import io.accountsuite.contracts.site.SiteEvents;
import io.accountsuite.contracts.site.SiteEvents.SiteCreated;
import io.accountsuite.contracts.site.SiteEvents.SiteDeleted;
import io.accountsuite.platform.erasure.CustomerDataEraser;
import io.accountsuite.platform.inbox.EventHandler;
import io.accountsuite.platform.outbox.Outbox;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What domain-service learns from others: which membership a site belongs to (site-service), whether that
 * membership allows custom domains (membership-service; existing domains are flagged, not removed, when a plan
 * change takes the right away), deleted sites (their domains go) and deleted accounts (everything goes).
 */
@Configuration
class Projections {

    @Bean
    EventHandler<SiteCreated> siteCreated(Domains domains) {
        return EventHandler.of("site-created", SiteEvents.SITE_CREATED, e ->
                domains.recordSite(e.payload().siteId(), e.payload().membershipId(), e.customerId()));
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
    EventHandler<MembershipCreated> membershipCreated(Domains domains) {
        return EventHandler.of("membership-created", MembershipEvents.MEMBERSHIP_CREATED, e ->
                e.payload().entitlements() == null ? reactor.core.publisher.Mono.empty()
                        : domains.recordEntitlement(e.payload().membershipId(), e.customerId(),
                        e.payload().entitlements().customDomains(), e.occurredAt()));
    }

    @Bean
    EventHandler<MembershipChanged> membershipChanged(Domains domains) {
        return EventHandler.of("membership-changed", MembershipEvents.MEMBERSHIP_CHANGED, e -> {
            if (e.payload().entitlements() == null) {
                return reactor.core.publisher.Mono.empty();
            }
            boolean allowed = e.payload().entitlements().customDomains();
            return domains.recordEntitlement(e.payload().membershipId(), e.customerId(), allowed, e.occurredAt())
                    .then(domains.flagMembership(e.payload().membershipId(), !allowed));
        });
    }

    @Bean
    CustomerDataEraser domainEraser(Domains domains) {
        return domains::deleteOfCustomer;
    }
}
