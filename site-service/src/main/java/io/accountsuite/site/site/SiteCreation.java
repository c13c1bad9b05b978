package io.accountsuite.site.site;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

import io.accountsuite.contracts.EventEnvelope;
import io.accountsuite.contracts.membership.MembershipEvents;
import io.accountsuite.contracts.membership.MembershipEvents.MembershipChanged;
import io.accountsuite.contracts.membership.MembershipEvents.MembershipCreated;
import io.accountsuite.contracts.site.SiteEvents;
import io.accountsuite.contracts.site.SiteEvents.SiteCreated;
import io.accountsuite.contracts.site.SiteEvents.SiteEntitlementsChanged;
import io.accountsuite.platform.inbox.EventHandler;
import io.accountsuite.platform.outbox.Outbox;
import io.accountsuite.site.content.SiteContent;
import io.accountsuite.site.limits.EntitlementsStore;
import io.accountsuite.site.template.Blueprint;
import io.accountsuite.site.template.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/**
 * Creates the site a new membership asks for, once, from its template's content, and keeps each membership's
 * entitlements. A slug already in use gets a short suffix rather than blocking the membership.
 */
@Configuration
class SiteCreation {

    private static final Logger log = LoggerFactory.getLogger(SiteCreation.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Bean
    EventHandler<MembershipCreated> createSite(Sites sites, SiteContent content, Templates templates,
                                               EntitlementsStore entitlements, UsageReports usage, Outbox outbox,
                                               Clock clock) {
        return EventHandler.of("create-site", MembershipEvents.MEMBERSHIP_CREATED, event -> {
            MembershipCreated created = event.payload();
            return entitlements.record(event, created.membershipId(), created.entitlements())
                    .then(sites.ofMembership(created.membershipId()).hasElement())
                    .flatMap(exists -> exists || created.site() == null ? Mono.empty()
                            : create(event, sites, content, templates, usage, outbox, clock));
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

    private static Mono<Void> create(EventEnvelope<MembershipCreated> event, Sites sites, SiteContent content,
                                     Templates templates, UsageReports usage, Outbox outbox, Clock clock) {
        MembershipCreated created = event.payload();
        UUID templateId = created.site().templateId();
        Mono<Blueprint> blueprint = templateId == null ? Mono.just(Blueprint.empty())
                : templates.find(templateId).map(t -> t.blueprint()).defaultIfEmpty(Blueprint.empty());
        return freeSlug(sites, created.site().slug()).zipWith(blueprint).flatMap(slugAndContent -> {
            Site site = new Site(UUID.randomUUID(), event.customerId(), created.membershipId(),
                    created.site().title(), slugAndContent.getT1(), templateId, clock.instant());
            return sites.insert(site)
                    .then(content.replaceWith(site.id(), slugAndContent.getT2(), progress -> Mono.empty()))
                    .then(outbox.append(SiteEvents.SITE_CREATED, site.customerId(), site.id(),
                            new SiteCreated(site.id(), site.membershipId(), templateId)))
                    .then(usage.report(site));
        });
    }

    private static Mono<String> freeSlug(Sites sites, String wanted) {
        return sites.slugTaken(wanted).map(taken -> {
            if (!taken) {
                return wanted;
            }
            String alternative = wanted + "-" + Integer.toString(1000 + RANDOM.nextInt(9000));
            log.info("slug {} is taken; the site gets {}", wanted, alternative);
            return alternative;
        });
    }
}
