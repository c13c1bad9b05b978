package io.accountsuite.membership.memberships;

import java.time.Instant;
import java.util.Currency;

import org.jspecify.annotations.Nullable;

/**
 * A coupon of the network's catalog, which an admin gives by its code with a membership. An amount coupon is in one
 * {@code currency} and fits only memberships billed in it; a percentage fits any. A deactivated coupon is given no
 * more, and the memberships that have it keep it.
 */
public record CatalogCoupon(Coupon coupon, @Nullable Currency currency, boolean active, Instant createdAt) {

    public String code() {
        return coupon.code();
    }

    CatalogCoupon deactivated() {
        return new CatalogCoupon(coupon, currency, false, createdAt);
    }

    /** Whether it may discount a membership billed in {@code billing}. */
    boolean fits(Currency billing) {
        return currency == null || currency.equals(billing);
    }
}
