package io.accountsuite.membership.memberships;

import java.math.RoundingMode;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A catalog coupon as the admin API writes it and the audit log keeps it: {@code {"code":"WELCOME10",
 * "kind":"percent|amount","value":"10.00","currency":"USD"|null,"duration":"once|repeating|forever","cycles":3|null,
 * "appliesToRenewals":bool,"active":true,"createdAt":instant}}. {@code value} is a decimal string: a percentage with
 * two decimals, an amount in its currency's minor units; {@code cycles} is set for a repeating coupon only, and
 * {@code appliesToRenewals} says whether it discounts more than the first invoice.
 */
public record CouponView(String code, String kind, String value, @Nullable String currency, String duration,
                         @Nullable Integer cycles, boolean appliesToRenewals, boolean active, Instant createdAt) {

    static CouponView of(CatalogCoupon c) {
        Coupon coupon = c.coupon();
        int decimals = c.currency() == null ? 2 : c.currency().getDefaultFractionDigits();
        return new CouponView(coupon.code(), coupon.kind().value(),
                coupon.value().setScale(decimals, RoundingMode.HALF_EVEN).toPlainString(),
                c.currency() == null ? null : c.currency().getCurrencyCode(), coupon.duration().value(),
                coupon.duration() == Coupon.Duration.REPEATING ? coupon.cycles() : null,
                coupon.duration() != Coupon.Duration.ONCE, c.active(), c.createdAt());
    }
}
