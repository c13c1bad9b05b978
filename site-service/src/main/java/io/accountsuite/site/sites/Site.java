package io.accountsuite.site.sites;

import java.time.Instant;
import java.util.UUID;

/** A customer's website, tied to a membership; its address is {@code <slug>.<network domain>}. */
public record Site(UUID id, UUID customerId, UUID membershipId, String title, String slug, UUID templateId,
                   Instant createdAt) {
}
