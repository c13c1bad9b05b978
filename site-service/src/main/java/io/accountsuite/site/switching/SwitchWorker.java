package io.accountsuite.site.switching;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.accountsuite.contracts.site.SiteEvents;
import io.accountsuite.contracts.site.SiteEvents.TemplateSwitchProgressed;
import io.accountsuite.platform.outbox.Outbox;
import io.accountsuite.platform.schedule.BackgroundPoller;
import io.accountsuite.site.content.SiteContent;
import io.accountsuite.site.sites.Sites;
import io.accountsuite.site.sites.UsageReports;
import io.accountsuite.site.switching.TemplateSwitches.LeaseLost;
import io.accountsuite.site.template.Templates;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.context.Context;

/**
 * Runs template switches. The site's content is replaced in one transaction, so a failure leaves the old content
 * intact; progress is written in separate, short transactions so the page can follow it while the switch runs.
 * Several instances may run workers: a worker leases a switch for {@link #LEASE}, renewed with each progress, and
 * writes only while its attempt holds the lease. A switch whose worker died or stalled past its lease is taken over
 * by a new attempt; the stalled one then fails to write and rolls back, so the switch is applied once.
 */
@Component
@RequiredArgsConstructor
public class SwitchWorker {

    private static final Logger log = LoggerFactory.getLogger(SwitchWorker.class);
    static final Duration LEASE = Duration.ofMinutes(2);

    private final String owner = "switch-worker-" + UUID.randomUUID();
    private final TemplateSwitches switches;
    private final Templates templates;
    private final Sites sites;
    private final SiteContent content;
    private final UsageReports usage;
    private final Outbox outbox;
    private final TransactionalOperator tx;
    private final Clock clock;
    private final BackgroundPoller poller = new BackgroundPoller("template switches", Duration.ofMinutes(5));

    /** Starts working now rather than at the next poll. */
    public void wake() {
        Mono.fromRunnable(this::poll).subscribeOn(Schedulers.boundedElastic()).subscribe();
    }

    @Scheduled(fixedDelayString = "${site.switch-poll-interval:2s}")
    public void poll() {
        poller.pass(this::runAll);
    }

    private Mono<Void> runAll() {
        Instant now = clock.instant();
        return tx.transactional(switches.claimNext(owner, now, now.plus(LEASE)))
                .flatMap(job -> run(job).then(Mono.defer(this::runAll)));
    }

    private Mono<Void> run(Switch job) {
        Mono<Void> replace = sites.lock(job.siteId())
                .zipWith(templates.find(job.templateId()))
                .flatMap(siteAndTemplate -> content.replaceWith(job.siteId(), siteAndTemplate.getT2().blueprint(),
                                progress -> record(job.progressed(progress, clock.instant())))
                        .then(Mono.defer(() -> {
                            var switched = siteAndTemplate.getT1().switchTemplate(job.id(), job.templateId());
                            Switch done = job.done(clock.instant());
                            return sites.updateTemplate(switched.site())
                                    .then(switches.update(done, null))
                                    .then(outbox.append(switched.type(), job.customerId(), job.siteId(),
                                            switched.event()))
                                    .then(announce(done));
                        }))
                        .then(usage.report(siteAndTemplate.getT1())));
        return tx.transactional(replace)
                .onErrorResume(LeaseLost.class, lost -> {
                    log.warn("template switch {} was taken over by a newer attempt; this one wrote nothing", job.id());
                    return Mono.empty();
                })
                .onErrorResume(e -> {
                    log.warn("template switch {} of site {} failed; the site keeps its content: {}", job.id(),
                            job.siteId(), e.toString());
                    return record(job.failed("The template's content could not be written; your site"
                            + " was left unchanged", clock.instant()));
                });
    }

    /**
     * Records the switch as a transition left it, in a transaction of its own outside the content change's, so its
     * progress is visible at once.
     */
    private Mono<Void> record(Switch job) {
        return tx.transactional(switches.update(job, job.updatedAt().plus(LEASE)).then(announce(job)))
                .contextWrite(context -> Context.empty());
    }

    private Mono<Void> announce(Switch job) {
        return outbox.append(SiteEvents.TEMPLATE_SWITCH_PROGRESSED, job.customerId(), job.siteId(),
                new TemplateSwitchProgressed(job.siteId(), job.id(), job.templateId(), job.status().value(),
                        job.progress(), job.reason()))
                .then();
    }
}
