package io.accountsuite.membership.memberships;

import io.accountsuite.platform.values.WireValue;

public enum ChangeKind implements WireValue {
    NO_CHANGE, ADD_ON_PURCHASE, UPGRADE, DOWNGRADE;
}
