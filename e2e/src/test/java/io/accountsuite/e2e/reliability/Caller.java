package io.accountsuite.e2e.reliability;

/**
 * Who sends a request of the authorization matrix (issue 18): nobody signed in, a customer who owns nothing the
 * request names, the customer who owns it, and a network admin (who, as a customer, owns nothing either).
 */
enum Caller {
    ANONYMOUS("anonymous"),
    ANOTHER_CUSTOMER("another customer"),
    OWNER("owner"),
    ADMIN("admin");

    private final String label;

    Caller(String label) {
        this.label = label;
    }

    /** The column heading of the report. */
    String label() {
        return label;
    }
}
