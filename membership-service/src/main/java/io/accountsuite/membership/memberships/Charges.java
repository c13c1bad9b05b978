package io.accountsuite.membership.memberships;

import java.util.List;

/** What the membership's terms cost, as the catalog prices them (pure: no I/O). */
public interface Charges {

    /** The first cycle's lines: products, setup fees, and the coupon if it applies to cycle 1. */
    List<ChargeLine> first(Membership.Terms terms, Coupon coupon);

    /** The lines of cycle {@code cycle} (2 and up): recurring products, and the coupon while it lasts. */
    List<ChargeLine> renewal(Membership.Terms terms, Coupon coupon, int cycle);
}
