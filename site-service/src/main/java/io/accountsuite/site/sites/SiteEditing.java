package io.accountsuite.site.sites;

import java.util.UUID;

import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.problem.Message;
import io.accountsuite.platform.problem.ProblemType;
import io.accountsuite.platform.security.Caller;
import io.accountsuite.site.content.SiteContent;
import io.accountsuite.site.content.SiteContent.Kind;
import io.accountsuite.site.limits.EntitlementsStore;
import io.accountsuite.site.limits.LimitCheck;
import io.accountsuite.site.limits.SiteEntitlements;
import io.accountsuite.site.serving.Standings;
import io.accountsuite.site.template.Blueprint;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * The owner editing their site's content within its plan's limits (SPEC "Site limits"), and the visits counted
 * against its monthly quota. Each edit runs in one transaction with the site locked, so two at once cannot both
 * take the last unit of a limit; each reports the site's new usage (SiteUsageChanged) in that transaction.
 */
@Service
@RequiredArgsConstructor
class SiteEditing {

    private final OwnedSites owned;
    private final SiteContent content;
    private final EntitlementsStore entitlements;
    private final Standings standings;
    private final UsageReports usage;
    private final TransactionalOperator tx;

    /**
     * Adds a post or a page; answers its id. 404 for another customer's site, 409 {@code membership-not-active} for a
     * site not served, 409 {@code over-limit} at the plan's limit, 503 while the plan's limits are not known yet.
     */
    Mono<UUID> addItem(Caller caller, UUID siteId, Kind kind, Blueprint.Item item) {
        return tx.transactional(owned.lock(caller, siteId).flatMap(site -> writable(site).then(limitsOf(site))
                .flatMap(e -> content.usage(site.id(), usage.month()).flatMap(used -> {
                    if (kind == Kind.POSTS) {
                        LimitCheck.roomForOne("posts", used.posts(), e.posts());
                    } else {
                        LimitCheck.roomForOne("pages", used.pages(), e.pages());
                    }
                    return content.addItem(kind, site.id(), item).flatMap(id -> usage.report(site).thenReturn(id));
                }))));
    }

    /** Adds a medium of {@code sizeBytes}; as {@link #addItem}, with the plan's disk (MB) as the limit. */
    Mono<UUID> addMedium(Caller caller, UUID siteId, Blueprint.Medium medium) {
        return tx.transactional(owned.lock(caller, siteId).flatMap(site -> writable(site).then(limitsOf(site))
                .flatMap(e -> content.usage(site.id(), usage.month()).flatMap(used -> {
                    LimitCheck.roomForDisk(used.diskBytes(), medium.sizeBytes(), e.diskMb());
                    return content.addMedium(site.id(), medium).flatMap(id -> usage.report(site).thenReturn(id));
                }))));
    }

    /** Removes a post, page or medium, whatever the site's standing; 404 when the site or the item is not found. */
    Mono<Void> remove(Caller caller, UUID siteId, Kind kind, UUID itemId) {
        return tx.transactional(owned.lock(caller, siteId).flatMap(site ->
                content.remove(kind, site.id(), itemId).flatMap(found -> found ? usage.report(site)
                        : Mono.error(ApiProblem.notFound(kind.singular())))));
    }

    /**
     * Counts a visit; answers the month's count and quota (null: unlimited). Past the quota 429 until the month turns
     * (UTC); a site that is not served answers 403 {@code site-unavailable} naming why.
     */
    Mono<Visits> visit(Caller caller, UUID siteId) {
        return tx.transactional(owned.lock(caller, siteId).flatMap(site -> standings.of(site.membershipId())
                .flatMap(serving -> serving.served() ? limitsOf(site) : Mono.error(serving.visitRefused()))
                .flatMap(e -> content.usage(site.id(), usage.month()).flatMap(used -> {
                    if (e.visitsPerMonth() != null && used.visitsThisMonth() >= e.visitsPerMonth()) {
                        return Mono.error(LimitCheck.visitQuota(e.visitsPerMonth()));
                    }
                    return content.countVisit(site.id(), usage.month()).map(n -> new Visits(n, e.visitsPerMonth()));
                }))));
    }

    /** A site's visits this month and its monthly quota (null: unlimited). */
    record Visits(long thisMonth, Long allowed) {
    }

    /** New content needs a served site: 409 {@code membership-not-active} otherwise (removing content is allowed). */
    private Mono<Void> writable(Site site) {
        return standings.of(site.membershipId())
                .flatMap(serving -> serving.served() ? Mono.empty() : Mono.error(serving.writeRefused()));
    }

    private Mono<SiteEntitlements> limitsOf(Site site) {
        return entitlements.of(site.membershipId()).switchIfEmpty(Mono.error(() -> ProblemType.SERVICE_UNAVAILABLE
                .problem(Message.of("site.limits-unknown"))));
    }
}
