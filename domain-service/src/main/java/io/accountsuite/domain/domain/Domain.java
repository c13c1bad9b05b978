package io.accountsuite.domain.domain;

import java.time.Instant;
import java.util.UUID;

/** A custom domain of a site, with where its verification stands and what DNS and TLS last showed. */
public record Domain(UUID id, UUID siteId, UUID customerId, String name, boolean primary, String stage,
                     boolean secure, int attempts, Instant nextCheckAt, Instant lastCheckAt, String found,
                     String resolver, String certIssuer, Instant certExpiresAt, boolean flagged, Instant createdAt) {

    public static final String CHECKING_DNS = "checking-dns";
    public static final String CHECKING_SSL = "checking-ssl-cert";
    public static final String DONE = "done";
    public static final String FAILED = "failed";
    public static final String SSL_FAILED = "ssl-failed";
    public static final String DONE_WITHOUT_SSL = "done-without-ssl";
}
