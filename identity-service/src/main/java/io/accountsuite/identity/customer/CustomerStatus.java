package io.accountsuite.identity.customer;

/** Deleted customers have no row at all: the deletion saga's tombstone is what remains of them. */
public enum CustomerStatus {
    ACTIVE, DELETING;

    public String value() {
        return name().toLowerCase();
    }

    public static CustomerStatus of(String value) {
        return valueOf(value.toUpperCase());
    }
}
