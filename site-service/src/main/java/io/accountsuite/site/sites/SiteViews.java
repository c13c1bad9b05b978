package io.accountsuite.site.sites;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.accountsuite.site.content.SiteContent;
import io.accountsuite.site.limits.EntitlementsStore;
import io.accountsuite.site.limits.SiteEntitlements;
import io.accountsuite.site.limits.Usage;
import io.accountsuite.site.serving.Standings;
import io.accountsuite.site.template.Template;
import io.accountsuite.site.template.Templates;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A site as its owner sees it ("About this site" and "Site limits", SPEC section 2): its address, template, each
 * limit with the usage against it, and whether it is served. The answer of {@code GET /api/sites/{id}}.
 */
@Component
public class SiteViews {

    private final SiteContent content;
    private final EntitlementsStore entitlements;
    private final UsageReports usage;
    private final Templates templates;
    private final Standings standings;
    private final String networkDomain;

    SiteViews(SiteContent content, EntitlementsStore entitlements, UsageReports usage, Templates templates,
              Standings standings, SiteSettings settings) {
        this.content = content;
        this.entitlements = entitlements;
        this.usage = usage;
        this.templates = templates;
        this.standings = standings;
        this.networkDomain = settings.networkDomain();
    }

    /** One limit: {@code allowed} null is unlimited; {@code percent} of it used, null when unlimited. */
    public record Limit(@Nullable Long allowed, long usage, @Nullable Integer percent) {
        static Limit of(@Nullable Long allowed, long used) {
            return new Limit(allowed, used, allowed == null || allowed == 0 ? null
                    : (int) Math.min(100, Math.round(used * 100.0 / allowed)));
        }
    }

    /** Why the site is not served and what to do (null while served). */
    public record Unavailable(String reason, String message) {
    }

    /** The site's view; {@code limits} keyed diskMb, posts, pages, visitsPerMonth, users. */
    public record SiteView(UUID id, UUID membershipId, String title, String slug, String address,
                           @Nullable UUID templateId, @Nullable String templateName, Instant createdAt,
                           Map<String, Limit> limits, LocalDate visitsResetOn, boolean served,
                           @Nullable Unavailable unavailable) {
    }

    public Mono<SiteView> of(Site site) {
        Mono<String> templateName = site.templateId() == null ? Mono.just("")
                : templates.find(site.templateId()).map(Template::name).defaultIfEmpty("");
        return Mono.zip(content.usage(site.id(), usage.month()), entitlements.of(site.membershipId())
                        .map(Optional::of).defaultIfEmpty(Optional.empty()), templateName,
                        standings.of(site.membershipId()))
                .map(t -> new SiteView(site.id(), site.membershipId(), site.title(), site.slug(),
                        site.slug() + "." + networkDomain, site.templateId(), t.getT3().isEmpty() ? null : t.getT3(),
                        site.createdAt(), limits(t.getT1(), t.getT2().orElse(null)), usage.month().plusMonths(1),
                        t.getT4().served(), t.getT4().served() ? null
                        : new Unavailable(t.getT4().reason(), t.getT4().message())));
    }

    private static Map<String, Limit> limits(Usage used, @Nullable SiteEntitlements e) {
        Map<String, Limit> limits = new LinkedHashMap<>();
        limits.put("diskMb", Limit.of(e == null ? null : e.diskMb(), used.diskMb()));
        limits.put("posts", Limit.of(e == null ? null : e.posts(), used.posts()));
        limits.put("pages", Limit.of(e == null ? null : e.pages(), used.pages()));
        limits.put("visitsPerMonth", Limit.of(e == null ? null : e.visitsPerMonth(), used.visitsThisMonth()));
        limits.put("users", Limit.of(e == null ? null : e.users(), used.users()));
        return limits;
    }
}
