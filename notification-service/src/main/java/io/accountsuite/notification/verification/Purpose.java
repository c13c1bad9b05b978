package io.accountsuite.notification.verification;

import io.accountsuite.platform.values.WireValue;

/** What a verification link proves: the address signed up with, or the new address of an email change. */
public enum Purpose implements WireValue {
    REGISTRATION("registration"), EMAIL_CHANGE("email-change");

    private final String value;

    Purpose(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
