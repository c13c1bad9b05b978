package io.accountsuite.membership.membership;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** A membership's standing (SPEC section 1). Which one it may move to is decided by {@link Membership}'s transitions. */
public enum MembershipStatus {
    PENDING, TRIALING, ACTIVE, ON_HOLD, EXPIRED, CANCELLED;

    /** Running memberships: they may buy add-ons, be cancelled, and (but on hold) schedule a change. */
    static final Set<MembershipStatus> RUNNING = EnumSet.of(ACTIVE, TRIALING, ON_HOLD);
    /** A paid upgrade brings an on-hold or expired membership back. */
    static final Set<MembershipStatus> UPGRADEABLE = EnumSet.of(ACTIVE, TRIALING, ON_HOLD, EXPIRED);

    public String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static MembershipStatus of(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
