package io.accountsuite.membership.membership;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** A membership's standing, and which standings it may move to. */
public enum MembershipStatus {
    PENDING, TRIALING, ACTIVE, ON_HOLD, EXPIRED, CANCELLED;

    public Set<MembershipStatus> next() {
        return switch (this) {
            case PENDING -> EnumSet.of(ACTIVE, TRIALING, CANCELLED, EXPIRED);
            case TRIALING -> EnumSet.of(ACTIVE, ON_HOLD, CANCELLED, EXPIRED);
            case ACTIVE -> EnumSet.of(ON_HOLD, CANCELLED, EXPIRED);
            case ON_HOLD -> EnumSet.of(ACTIVE, CANCELLED, EXPIRED);
            case CANCELLED -> EnumSet.of(ACTIVE, EXPIRED);
            case EXPIRED -> EnumSet.of(ACTIVE);
        };
    }

    public boolean canBecome(MembershipStatus target) {
        return next().contains(target);
    }

    public String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static MembershipStatus of(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
