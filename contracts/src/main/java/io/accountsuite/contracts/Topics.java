package io.accountsuite.contracts;

/** Topic names: each service publishes on {@code <service>.events}; failed deliveries land on {@code <topic>.dlt}. */
public final class Topics {

    public static final String IDENTITY = "identity.events";
    public static final String MEMBERSHIP = "membership.events";
    public static final String BILLING = "billing.events";
    public static final String SITE = "site.events";
    public static final String DOMAIN = "domain.events";

    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    private Topics() {
    }

    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
