package io.accountsuite.gateway.backend;

import java.util.Locale;

/** The services behind the gateway; each has its own circuit breaker, bulkhead and client metrics. */
public enum Backend {
    IDENTITY, MEMBERSHIP, BILLING, SITE, DOMAIN, NOTIFICATION;

    /** The name in settings ({@code gateway.backends.<id>}), breaker ids, metric tags and messages. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
