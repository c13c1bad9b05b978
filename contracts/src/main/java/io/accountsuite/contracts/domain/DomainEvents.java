package io.accountsuite.contracts.domain;

import java.util.UUID;

import io.accountsuite.contracts.EventType;
import io.accountsuite.contracts.Topics;

/** Events domain-service publishes on {@link Topics#DOMAIN}. */
public final class DomainEvents {

    /** How many custom domains a site has now. */
    public record DomainCountChanged(UUID siteId, UUID membershipId, int domains) {
    }

    public static final EventType<DomainCountChanged> DOMAIN_COUNT_CHANGED =
            EventType.of("DomainCountChanged", 1, Topics.DOMAIN, DomainCountChanged.class);

    private DomainEvents() {
    }
}
