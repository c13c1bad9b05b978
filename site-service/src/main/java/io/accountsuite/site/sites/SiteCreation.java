package io.accountsuite.site.sites;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

import io.accountsuite.contracts.EventEnvelope;
import io.accountsuite.contracts.membership.MembershipEvents.MembershipCreated;
import io.accountsuite.contracts.site.SiteEvents.SiteCreated;
import io.accountsuite.platform.outbox.Outbox;
import io.accountsuite.site.content.SiteContent;
import io.accountsuite.site.serving.Serving;
import io.accountsuite.site.template.Blueprint;
import io.accountsuite.site.template.Templates;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Creates the site a new membership asks for, once, from its template's content (SPEC "Sites"). A slug already in use
 * gets a short suffix rather than blocking the membership.
 */
@Service
@RequiredArgsConstructor
class SiteCreation {

    private static final Logger log = LoggerFactory.getLogger(SiteCreation.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Sites sites;
    private final SiteContent content;
    private final Templates templates;
    private final UsageReports usage;
    private final Outbox outbox;
    private final Clock clock;

    /** The membership's site with its template's content, then SiteCreated and its first usage report. */
    Mono<Void> create(EventEnvelope<MembershipCreated> event) {
        MembershipCreated created = event.payload();
        UUID templateId = created.site().templateId();
        Mono<Blueprint> blueprint = templateId == null ? Mono.just(Blueprint.empty())
                : templates.find(templateId).map(t -> t.blueprint()).defaultIfEmpty(Blueprint.empty());
        return freeSlug(created.site().slug()).zipWith(blueprint).flatMap(slugAndContent -> {
            boolean served = Serving.of(created.status(), created.paidThrough()).served();
            Site.Transition<SiteCreated> creation = Site.create(event.customerId(), created.membershipId(),
                    created.site().title(), slugAndContent.getT1(), templateId, served, clock.instant());
            Site site = creation.site();
            return sites.insert(site)
                    .then(content.replaceWith(site.id(), slugAndContent.getT2(), progress -> Mono.empty()))
                    .then(outbox.append(creation.type(), site.customerId(), site.id(), creation.event()))
                    .then(usage.report(site));
        });
    }

    private Mono<String> freeSlug(String wanted) {
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
