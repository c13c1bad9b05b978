package io.accountsuite.contracts.site;

import java.util.UUID;

import io.accountsuite.contracts.EventType;
import io.accountsuite.contracts.Topics;

/** Events site-service publishes on {@link Topics#SITE}. */
public final class SiteEvents {

    /** A site's usage, published whenever it changes, so membership-service can refuse changes that would not fit. */
    public record SiteUsageChanged(UUID siteId, UUID membershipId, long diskMb, long posts, long pages, long users,
                                   long visitsThisMonth) {
    }

    /**
     * A site was created for a membership (its title and address stay in site-service: PERSONAL_DATA.md).
     * {@code served}: whether its membership stands at creation (false while it awaits its first payment); later
     * turns come as SiteServingChanged. Null in events from before it was sent, read as served.
     */
    public record SiteCreated(UUID siteId, UUID membershipId, UUID templateId, Boolean served) {
    }

    /** A template switch moved on: status queued, running (with progress), done or failed (with reason). */
    public record TemplateSwitchProgressed(UUID siteId, UUID switchId, UUID templateId, String status, int progress,
                                           String reason) {
    }

    /** A site's content was replaced by a template's. */
    public record SiteTemplateSwitched(UUID siteId, UUID switchId, UUID templateId) {
    }

    /**
     * What a site's membership entitles it to (its limits, the templates it may switch to) changed in site-service's
     * projection. Published once the projection holds it, so a page that re-reads on this event sees the new limits.
     */
    public record SiteEntitlementsChanged(UUID siteId, UUID membershipId) {
    }

    /**
     * Whether a site is served changed, following its membership's standing: {@code reason} (pending-payment,
     * expired, cancelled) says why it is not served, null when it is.
     */
    public record SiteServingChanged(UUID siteId, UUID membershipId, boolean served, String reason) {
    }

    /** A site and its content are gone; its membership and the account stay. */
    public record SiteDeleted(UUID siteId, UUID membershipId) {
    }

    public static final EventType<SiteCreated> SITE_CREATED =
            EventType.of("SiteCreated", 1, Topics.SITE, SiteCreated.class);
    public static final EventType<TemplateSwitchProgressed> TEMPLATE_SWITCH_PROGRESSED =
            EventType.of("TemplateSwitchProgressed", 1, Topics.SITE, TemplateSwitchProgressed.class);
    public static final EventType<SiteTemplateSwitched> SITE_TEMPLATE_SWITCHED =
            EventType.of("SiteTemplateSwitched", 1, Topics.SITE, SiteTemplateSwitched.class);
    public static final EventType<SiteDeleted> SITE_DELETED =
            EventType.of("SiteDeleted", 1, Topics.SITE, SiteDeleted.class);
    public static final EventType<SiteEntitlementsChanged> SITE_ENTITLEMENTS_CHANGED =
            EventType.of("SiteEntitlementsChanged", 1, Topics.SITE, SiteEntitlementsChanged.class);
    public static final EventType<SiteServingChanged> SITE_SERVING_CHANGED =
            EventType.of("SiteServingChanged", 1, Topics.SITE, SiteServingChanged.class);
    public static final EventType<SiteUsageChanged> SITE_USAGE_CHANGED =
            EventType.of("SiteUsageChanged", 1, Topics.SITE, SiteUsageChanged.class);

    private SiteEvents() {
    }
}
