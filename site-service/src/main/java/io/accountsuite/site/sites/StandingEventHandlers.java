package io.accountsuite.site.sites;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.accountsuite.contracts.membership.MembershipEvents;
import io.accountsuite.contracts.membership.MembershipEvents.MembershipCreated;
import io.accountsuite.contracts.membership.MembershipEvents.MembershipStatusChanged;
import io.accountsuite.contracts.site.SiteEvents;
import io.accountsuite.contracts.site.SiteEvents.SiteServingChanged;
import io.accountsuite.platform.erasure.CustomerDataEraser;
import io.accountsuite.platform.inbox.EventHandler;
import io.accountsuite.platform.outbox.Outbox;
import io.accountsuite.site.serving.Standings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/**
 * Memberships' standing, from their creation and every status change. When it turns whether the site is served,
 * SiteServingChanged is published once recorded, so an open page re-reads "About this site".
 */
@Configuration
class StandingEventHandlers {

    @Bean
    EventHandler<MembershipCreated> standingAtCreation(Standings standings) {
        return EventHandler.of("standing-created", MembershipEvents.MEMBERSHIP_CREATED, e ->
                standings.record(e.payload().membershipId(), e.customerId(), e.payload().status(),
                        e.payload().paidThrough(), e.occurredAt()).then());
    }

    @Bean
    EventHandler<MembershipStatusChanged> standingChanged(Standings standings, Sites sites, Outbox outbox) {
        return EventHandler.of("standing-changed", MembershipEvents.MEMBERSHIP_STATUS_CHANGED, e ->
                recordAndAnnounce(standings, sites, outbox, e.payload().membershipId(), e.customerId(),
                        e.payload().to(), e.payload().paidThrough(), e.occurredAt()));
    }

    private static Mono<Void> recordAndAnnounce(Standings standings, Sites sites, Outbox outbox, UUID membershipId,
                                                UUID customerId, String status, LocalDate paidThrough, Instant at) {
        return standings.of(membershipId).flatMap(before -> standings.record(membershipId, customerId, status,
                        paidThrough, at)
                .then(standings.of(membershipId))
                .filter(after -> after.served() != before.served())
                .flatMap(after -> sites.ofMembership(membershipId).flatMap(site -> outbox.append(
                        SiteEvents.SITE_SERVING_CHANGED, site.customerId(), site.id(),
                        new SiteServingChanged(site.id(), membershipId, after.served(), after.reason()))))
                .then());
    }

    @Bean
    CustomerDataEraser standingsEraser(Standings standings) {
        return standings::deleteOfCustomer;
    }
}
