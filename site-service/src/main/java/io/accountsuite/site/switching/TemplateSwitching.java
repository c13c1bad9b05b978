package io.accountsuite.site.switching;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import io.accountsuite.contracts.site.SiteEvents;
import io.accountsuite.contracts.site.SiteEvents.TemplateSwitchProgressed;
import io.accountsuite.platform.outbox.Outbox;
import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.problem.Message;
import io.accountsuite.platform.problem.ProblemType;
import io.accountsuite.platform.security.Caller;
import io.accountsuite.site.SiteProblems;
import io.accountsuite.site.limits.EntitlementsStore;
import io.accountsuite.site.limits.SiteEntitlements;
import io.accountsuite.site.serving.Standings;
import io.accountsuite.site.sites.OwnedSites;
import io.accountsuite.site.sites.Site;
import io.accountsuite.site.template.Template;
import io.accountsuite.site.template.Templates;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Changing a site's template: offered only when the network allows switching and the plan lets the customer choose
 * among its available templates (active ones: an admin may deactivate a template); confirmed explicitly; run as a
 * job, one at a time per site.
 */
@Service
@RequiredArgsConstructor
public class TemplateSwitching {

    private final OwnedSites owned;
    private final Templates templates;
    private final EntitlementsStore entitlements;
    private final TemplateSwitches switches;
    private final SwitchWorker worker;
    private final Outbox outbox;
    private final TransactionalOperator tx;
    private final Clock clock;
    private final Standings standings;

    /** The templates this site may switch to; 403 with the reason when switching is not allowed. */
    public Mono<List<Template>> available(Caller caller, UUID siteId) {
        return owned.find(caller, siteId).flatMap(this::offeredOrRefused);
    }

    /**
     * The templates the caller's own {@code site} may switch to now; empty when switching is not allowed (the
     * account page then offers no switch, rather than an error).
     */
    public Mono<List<Template>> offeredTo(Site site) {
        return offeredOrRefused(site).onErrorResume(ApiProblem.class, p -> p.type().equals(SiteProblems.TEMPLATE_SWITCHING_NOT_ALLOWED)
                        ? Mono.empty() : Mono.error(p));
    }

    public Mono<Switch> request(Caller caller, UUID siteId, UUID templateId, Boolean confirm) {
        if (!Boolean.TRUE.equals(confirm)) {
            return Mono.error(ApiProblem.invalid("confirm", Message.of("site.switch.confirm")));
        }
        if (templateId == null) {
            return Mono.error(ApiProblem.invalid("templateId", Message.of("site.switch.template-required")));
        }
        return tx.transactional(owned.lock(caller, siteId).flatMap(site -> standings.of(site.membershipId())
                .flatMap(serving -> serving.served() ? allowed(site) : Mono.error(serving.writeRefused()))
                .flatMap(e -> {
                    if (!e.offers(templateId)) {
                        return Mono.error(ApiProblem.invalid("templateId",
                                Message.of("site.switch.template-not-in-plan")));
                    }
                    return templates.find(templateId)
                            .switchIfEmpty(Mono.error(() -> ApiProblem.invalid("templateId",
                                    Message.of("site.switch.template-unknown"))))
                            .filter(Template::active)
                            .switchIfEmpty(Mono.error(() -> ApiProblem.invalid("templateId",
                                    Message.of("site.switch.template-retired"))))
                            .then(switches.queue(site.id(), site.customerId(), templateId, clock.instant()))
                            .flatMap(queued -> outbox.append(SiteEvents.TEMPLATE_SWITCH_PROGRESSED,
                                    site.customerId(), site.id(), new TemplateSwitchProgressed(site.id(), queued.id(),
                                            templateId, queued.status().value(), 0, null)).thenReturn(queued));
                })))
                .onErrorMap(DuplicateKeyException.class, e -> SiteProblems.SWITCH_IN_PROGRESS.problem(
                        Message.of("site.switch.in-progress")))
                .doOnSuccess(queued -> worker.wake());
    }

    public Mono<Switch> status(Caller caller, UUID siteId, UUID switchId) {
        return owned.find(caller, siteId).then(switches.find(switchId))
                .filter(s -> s.siteId().equals(siteId))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("template switch")));
    }

    /** The active templates the site's plan offers, or the 403 saying why it may not switch. */
    private Mono<List<Template>> offeredOrRefused(Site site) {
        return allowed(site).flatMap(e -> templates.all().filter(t -> t.active() && e.offers(t.id())).collectList());
    }

    private Mono<SiteEntitlements> allowed(Site site) {
        return templates.switchingAllowed().flatMap(networkAllows -> {
            if (!networkAllows) {
                return Mono.error(SiteProblems.TEMPLATE_SWITCHING_NOT_ALLOWED.problem(
                        Message.of("site.switch.network")));
            }
            return entitlements.of(site.membershipId())
                    .filter(SiteEntitlements::allowsChoosingTemplates)
                    .switchIfEmpty(Mono.error(() -> SiteProblems.TEMPLATE_SWITCHING_NOT_ALLOWED.problem(
                            Message.of("site.switch.plan"))));
        });
    }
}
