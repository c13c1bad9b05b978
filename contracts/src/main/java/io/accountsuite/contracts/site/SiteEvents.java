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

    public static final EventType<SiteUsageChanged> SITE_USAGE_CHANGED =
            EventType.of("SiteUsageChanged", 1, Topics.SITE, SiteUsageChanged.class);

    private SiteEvents() {
    }
}
