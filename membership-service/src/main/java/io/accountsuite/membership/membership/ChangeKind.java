package io.accountsuite.membership.membership;

import java.util.Locale;

public enum ChangeKind {
    NO_CHANGE, ADD_ON_PURCHASE, UPGRADE, DOWNGRADE;

    public String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
