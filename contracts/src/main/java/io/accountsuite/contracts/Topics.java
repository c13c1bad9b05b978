package io.accountsuite.contracts;

/**
 * Topic names: each service publishes on {@code <service>.events}. Events a consumer cannot take are parked in that
 * consumer's own database (platform {@code DeadLetters}), not on a topic, so an erasure can delete them.
 */
public final class Topics {

    public static final String IDENTITY = "identity.events";
    public static final String MEMBERSHIP = "membership.events";
    public static final String BILLING = "billing.events";
    public static final String SITE = "site.events";
    public static final String DOMAIN = "domain.events";
    public static final String NOTIFICATION = "notification.events";

    private Topics() {
    }
}
