package io.accountsuite.contracts.domain;

import java.util.UUID;

import io.accountsuite.contracts.EventType;
import io.accountsuite.contracts.Topics;

/** Events domain-service publishes on {@link Topics#DOMAIN}. */
public final class DomainEvents {

    /** How many custom domains a site has now. */
    public record DomainCountChanged(UUID siteId, UUID membershipId, int domains) {
    }

    /** A custom domain was added. Its name stays in domain-service: no consumer needs it (PERSONAL_DATA.md). */
    public record DomainAdded(UUID domainId, UUID siteId, boolean primary) {
    }

    /**
     * Verification moved on: checking-dns, checking-ssl-cert, done, failed, ssl-failed or done-without-ssl. On the
     * stages that end verification (done, failed, ssl-failed, done-without-ssl) it names the {@code domain} and what
     * DNS answered ({@code dnsAnswer}, e.g. "CNAME shop.example.net"), for the customer's email; both are null on the
     * others (PERSONAL_DATA.md).
     */
    public record DomainStageChanged(UUID domainId, UUID siteId, String stage, String domain, String dnsAnswer) {
    }

    public record PrimaryDomainChanged(UUID domainId, UUID siteId) {
    }

    public record DomainRemoved(UUID domainId, UUID siteId) {
    }

    /**
     * Whether a site's plan lets it have custom domains changed, as domain-service decides it from its projection of
     * sites and memberships (the network's domain-mapping setting is not part of it). Published once the projection
     * holds the new answer, so a page that re-reads on this event sees what the service will allow.
     */
    public record CustomDomainsEntitlementChanged(UUID siteId, UUID membershipId, boolean customDomains) {
    }

    public static final EventType<DomainAdded> DOMAIN_ADDED =
            EventType.of("DomainAdded", 1, Topics.DOMAIN, DomainAdded.class);
    public static final EventType<DomainStageChanged> DOMAIN_STAGE_CHANGED =
            EventType.of("DomainStageChanged", 1, Topics.DOMAIN, DomainStageChanged.class);
    public static final EventType<PrimaryDomainChanged> PRIMARY_DOMAIN_CHANGED =
            EventType.of("PrimaryDomainChanged", 1, Topics.DOMAIN, PrimaryDomainChanged.class);
    public static final EventType<DomainRemoved> DOMAIN_REMOVED =
            EventType.of("DomainRemoved", 1, Topics.DOMAIN, DomainRemoved.class);
    public static final EventType<CustomDomainsEntitlementChanged> CUSTOM_DOMAINS_ENTITLEMENT_CHANGED =
            EventType.of("CustomDomainsEntitlementChanged", 1, Topics.DOMAIN, CustomDomainsEntitlementChanged.class);
    public static final EventType<DomainCountChanged> DOMAIN_COUNT_CHANGED =
            EventType.of("DomainCountChanged", 1, Topics.DOMAIN, DomainCountChanged.class);

    private DomainEvents() {
    }
}
