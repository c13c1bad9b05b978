package io.accountsuite.membership.memberships;

import java.util.EnumSet;
import java.util.Set;

import io.accountsuite.platform.values.WireValue;

/** A membership's standing (SPEC section 1). Which one it may move to is decided by {@link Membership}'s transitions. */
public enum MembershipStatus implements WireValue {
    PENDING, TRIALING, ACTIVE, ON_HOLD, EXPIRED, CANCELLED;

    /** Running memberships: they may buy add-ons, be cancelled, and (but on hold) schedule a change. */
    static final Set<MembershipStatus> RUNNING = EnumSet.of(ACTIVE, TRIALING, ON_HOLD);
    /** A paid upgrade brings an on-hold or expired membership back. */
    static final Set<MembershipStatus> UPGRADEABLE = EnumSet.of(ACTIVE, TRIALING, ON_HOLD, EXPIRED);

    public static MembershipStatus of(String value) {
        return WireValue.of(MembershipStatus.class, value);
    }
}
