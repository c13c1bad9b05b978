package io.accountsuite.site.limits;

import java.util.Map;
import java.util.UUID;

/**
 * What a membership entitles its site to (null is unlimited), as membership-service last published it, and which
 * templates the plan offers for switching.
 */
public record SiteEntitlements(UUID membershipId, UUID customerId, Long diskMb, Long posts, Long pages,
                           Long visitsPerMonth, Long users, String templateMode, Map<String, String> templates) {

    public boolean allowsChoosingTemplates() {
        return "choose".equals(templateMode);
    }

    public boolean offers(UUID templateId) {
        String choice = templates.get(templateId.toString());
        return "available".equals(choice) || "pre-selected".equals(choice);
    }
}
