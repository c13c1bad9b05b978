package io.accountsuite.membership.memberships;

import java.util.ArrayList;
import java.util.List;

import io.accountsuite.membership.entitlement.Entitlements;
import io.accountsuite.membership.usage.SiteUsage;

/**
 * What a site would be over after a change: posts, pages, users, disk space and custom domains. Visits are not
 * checked: they reset every month.
 */
public final class ChangeBlockers {

    private ChangeBlockers() {
    }

    public static List<BlockingItem> of(Entitlements next, SiteUsage usage) {
        List<BlockingItem> items = new ArrayList<>();
        over("posts", usage.posts(), next.posts(), items);
        over("pages", usage.pages(), next.pages(), items);
        over("users", usage.users(), next.users(), items);
        over("diskMb", usage.diskMb(), next.diskMb(), items);
        if (!next.customDomains() && usage.customDomains() > 0) {
            items.add(new BlockingItem("customDomains", usage.customDomains(), 0, usage.customDomains()));
        }
        return items;
    }

    private static void over(String limit, long usage, Long allowed, List<BlockingItem> items) {
        if (allowed != null && usage > allowed) {
            items.add(new BlockingItem(limit, usage, allowed, usage - allowed));
        }
    }
}
