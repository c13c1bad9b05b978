package io.accountsuite.site.sites;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.security.Caller;
import io.accountsuite.site.content.SiteContent;
import io.accountsuite.site.limits.EntitlementsStore;
import io.accountsuite.site.limits.SiteEntitlements;
import io.accountsuite.site.limits.Usage;
import io.accountsuite.site.serving.Standings;
import io.accountsuite.site.template.Template;
import io.accountsuite.site.template.Templates;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** "About this site", "Site limits", and deleting a site. */
@RestController
class SiteController {

    private final Sites sites;
    private final OwnedSites owned;
    private final SiteContent content;
    private final EntitlementsStore entitlements;
    private final UsageReports usage;
    private final SiteDeletion deletion;
    private final String networkDomain;
    private final Templates templates;
    private final Standings standings;

    SiteController(Sites sites, OwnedSites owned, SiteContent content, EntitlementsStore entitlements,
                   UsageReports usage, SiteDeletion deletion,
                   SiteSettings settings, Templates templates,
                   Standings standings) {
        this.sites = sites;
        this.owned = owned;
        this.content = content;
        this.entitlements = entitlements;
        this.usage = usage;
        this.deletion = deletion;
        this.networkDomain = settings.networkDomain();
        this.templates = templates;
        this.standings = standings;
    }

    record Limit(Long allowed, long usage, Integer percent) {
        static Limit of(Long allowed, long used) {
            return new Limit(allowed, used, allowed == null || allowed == 0 ? null
                    : (int) Math.min(100, Math.round(used * 100.0 / allowed)));
        }
    }

    /** Why the site is not served and what to do (null while served). */
    record Unavailable(String reason, String message) {
    }

    record About(UUID id, UUID membershipId, String title, String slug, String address, UUID templateId,
                 String templateName, Instant createdAt, Map<String, Limit> limits, LocalDate visitsResetOn,
                 boolean served, Unavailable unavailable) {
    }

    record Deletion(Boolean confirm) {
    }

    @GetMapping("/api/sites")
    Flux<About> mine(Caller caller) {
        return sites.ofCustomer(caller.customerId()).concatMap(this::about);
    }

    @GetMapping("/api/sites/{id}")
    Mono<About> one(@PathVariable UUID id, Caller caller) {
        return owned.find(caller, id).flatMap(this::about);
    }

    /** Irreversible: the site and its content go; the membership and the account stay. Deleting again is fine. */
    @PostMapping("/api/sites/{id}/deletion")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> delete(@PathVariable UUID id, @RequestBody Deletion body, Caller caller) {
        if (body == null || !Boolean.TRUE.equals(body.confirm())) {
            return Mono.error(ApiProblem.invalid("confirm", "must be true: deleting a site cannot be undone"));
        }
        return deletion.delete(caller, id);
    }

    private Mono<About> about(Site site) {
        Mono<String> templateName = site.templateId() == null ? Mono.just("")
                : templates.find(site.templateId()).map(Template::name).defaultIfEmpty("");
        return Mono.zip(content.usage(site.id(), usage.month()), entitlements.of(site.membershipId())
                        .map(Optional::of).defaultIfEmpty(Optional.empty()), templateName,
                        standings.of(site.membershipId()))
                .map(t -> new About(site.id(), site.membershipId(), site.title(), site.slug(),
                        site.slug() + "." + networkDomain, site.templateId(), t.getT3().isEmpty() ? null : t.getT3(),
                        site.createdAt(), limits(t.getT1(), t.getT2().orElse(null)), usage.month().plusMonths(1),
                        t.getT4().served(), t.getT4().served() ? null
                        : new Unavailable(t.getT4().reason(), t.getT4().message())));
    }

    private static Map<String, Limit> limits(Usage used, SiteEntitlements e) {
        Map<String, Limit> limits = new LinkedHashMap<>();
        limits.put("diskMb", Limit.of(e == null ? null : e.diskMb(), used.diskMb()));
        limits.put("posts", Limit.of(e == null ? null : e.posts(), used.posts()));
        limits.put("pages", Limit.of(e == null ? null : e.pages(), used.pages()));
        limits.put("visitsPerMonth", Limit.of(e == null ? null : e.visitsPerMonth(), used.visitsThisMonth()));
        limits.put("users", Limit.of(e == null ? null : e.users(), used.users()));
        return limits;
    }
}
