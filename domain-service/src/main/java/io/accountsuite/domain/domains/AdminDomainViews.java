package io.accountsuite.domain.domains;

import java.net.IDN;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What the network admin's domain list and overview show (issue 20's admin API). */
final class AdminDomainViews {

    private AdminDomainViews() {
    }

    /**
     * A domain in the admin's list: {@code domain} as stored (punycode), {@code displayName} in Unicode,
     * {@code found} what DNS last answered (null before any check).
     */
    record AdminDomain(UUID id, UUID customerId, UUID siteId, String domain, String displayName, String stage,
                       boolean primary, boolean secure, @Nullable String found, @Nullable Instant lastCheckedAt,
                       Instant createdAt) {
        static AdminDomain of(Domain d) {
            return new AdminDomain(d.id(), d.customerId(), d.siteId(), d.name(), IDN.toUnicode(d.name()),
                    d.stage().value(), d.primary(), d.secure(), d.found(), d.lastCheckAt(), d.createdAt());
        }
    }

    /**
     * The network's domains counted by stage, every stage present (zero where none), and {@code inTrouble}: those in
     * a stage {@link Domain.Stage#inTrouble() in trouble}, which the admin's overview links to.
     */
    record Summary(Map<String, Long> counts, long inTrouble) {
        static Summary of(Map<Domain.Stage, Long> found) {
            Map<String, Long> counts = new LinkedHashMap<>();
            long inTrouble = 0;
            for (Domain.Stage stage : Domain.Stage.values()) {
                long n = found.getOrDefault(stage, 0L);
                counts.put(stage.value(), n);
                inTrouble += stage.inTrouble() ? n : 0;
            }
            return new Summary(counts, inTrouble);
        }
    }
}
