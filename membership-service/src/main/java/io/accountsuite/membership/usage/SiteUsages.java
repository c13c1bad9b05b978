package io.accountsuite.membership.usage;

import java.time.Instant;
import java.util.UUID;

import io.accountsuite.contracts.domain.DomainEvents;
import io.accountsuite.contracts.domain.DomainEvents.DomainCountChanged;
import io.accountsuite.contracts.site.SiteEvents;

import io.accountsuite.contracts.site.SiteEvents.SiteUsageChanged;

import lombok.RequiredArgsConstructor;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * The projection of what a membership's sites use, fed by site-service (content, disk, users, visits, deleted sites)
 * and domain-service (custom domains), so a change that would not fit can be refused without asking them. Reports
 * are kept in the order they happened (their events' time), so a late one cannot overtake a newer one.
 */
@Repository
@RequiredArgsConstructor
public class SiteUsages {

    private final DatabaseClient db;

    /** The total over the membership's sites; nothing known yet means nothing used. */
    public Mono<SiteUsage> of(UUID membershipId) {
        return db.sql("""
                        SELECT coalesce(sum(disk_mb), 0) AS disk, coalesce(sum(posts), 0) AS posts,
                               coalesce(sum(pages), 0) AS pages, coalesce(sum(users), 0) AS users,
                               coalesce(sum(visits_this_month), 0) AS visits,
                               coalesce(sum(custom_domains), 0) AS domains
                        FROM site_usage WHERE membership_id = :m AND NOT deleted""")
                .bind("m", membershipId)
                .map(row -> new SiteUsage(number(row.get("disk")), number(row.get("posts")),
                        number(row.get("pages")), number(row.get("users")), number(row.get("visits")),
                        (int) number(row.get("domains"))))
                .one()
                .defaultIfEmpty(SiteUsage.none());
    }

    Mono<Void> recordUsage(SiteUsageChanged usage, Instant at) {
        return db.sql("""
                        INSERT INTO site_usage (site_id, membership_id, disk_mb, posts, pages, users, visits_this_month,
                                                updated_at)
                        VALUES (:site, :m, :disk, :posts, :pages, :users, :visits, :at)
                        ON CONFLICT (site_id) DO UPDATE SET membership_id = :m, disk_mb = :disk, posts = :posts,
                            pages = :pages, users = :users, visits_this_month = :visits, updated_at = :at
                        WHERE site_usage.updated_at <= :at AND NOT site_usage.deleted""")
                .bind("site", usage.siteId()).bind("m", usage.membershipId()).bind("disk", usage.diskMb())
                .bind("posts", usage.posts()).bind("pages", usage.pages()).bind("users", usage.users())
                .bind("visits", usage.visitsThisMonth()).bind("at", at)
                .fetch().rowsUpdated().then();
    }

    /** The site's custom domain count, unless a later count was already recorded. */
    Mono<Void> recordDomains(DomainCountChanged count, Instant at) {
        return db.sql("""
                        INSERT INTO site_usage (site_id, membership_id, custom_domains, updated_at, domains_updated_at)
                        VALUES (:site, :m, :domains, 'epoch', :at)
                        ON CONFLICT (site_id) DO UPDATE SET custom_domains = :domains, domains_updated_at = :at
                        WHERE site_usage.domains_updated_at <= :at AND NOT site_usage.deleted""")
                .bind("site", count.siteId()).bind("m", count.membershipId()).bind("domains", count.domains())
                .bind("at", at)
                .fetch().rowsUpdated().then();
    }

    /**
     * A deleted site uses nothing any more, so it blocks no downgrade; its row stays, marked deleted, so a report
     * arriving late cannot bring its usage back.
     */
    Mono<Void> forgetSite(UUID siteId, UUID membershipId) {
        return db.sql("""
                        INSERT INTO site_usage (site_id, membership_id, updated_at, deleted) VALUES (:site, :m, 'epoch', true)
                        ON CONFLICT (site_id) DO UPDATE SET deleted = true, disk_mb = 0, posts = 0, pages = 0,
                            users = 0, visits_this_month = 0, custom_domains = 0""")
                .bind("site", siteId).bind("m", membershipId).fetch().rowsUpdated().then();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
