package io.accountsuite.identity.customer;

import io.accountsuite.platform.values.WireValue;
/** Deleted customers have no row at all: the deletion saga's tombstone is what remains of them. */
public enum CustomerStatus implements WireValue {
    ACTIVE, DELETING;

    public static CustomerStatus of(String value) {
        return WireValue.of(CustomerStatus.class, value);
    }
}
