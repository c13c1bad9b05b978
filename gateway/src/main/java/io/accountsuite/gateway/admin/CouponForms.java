package io.accountsuite.gateway.admin;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * The coupon form and the body membership-service's {@code POST /api/admin/coupons} takes (issue 20's contract):
 * {@code {code, kind: percent|amount, value, currency (an amount's only), duration: once|repeating|forever,
 * cycles (repeating only)}}; and how the list shows a coupon. A repeating or forever coupon applies to renewals.
 */
final class CouponForms {

    /** The kinds of discount (labelled by {@code admin.coupons.kind.<kind>}). */
    static final List<String> KINDS = List.of("percent", "amount");

    /**
     * The durations (labelled by {@code admin.coupons.duration.<duration>} with what each means for the member's
     * invoices).
     */
    static final List<String> DURATIONS = List.of("once", "repeating", "forever");

    private CouponForms() {
    }

    /** The body for the form as typed; the currency only for an amount, the cycles only for a repeating coupon. */
    static Map<String, Object> body(MultiValueMap<String, String> form) {
        String kind = CatalogPages.text(form, "kind");
        String duration = CatalogPages.text(form, "duration");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", upper(CatalogPages.text(form, "code")));
        body.put("kind", kind);
        body.put("value", CatalogPages.decimal(form, "value"));
        if (!"percent".equals(kind)) {
            body.put("currency", upper(CatalogPages.text(form, "currency")));
        }
        body.put("duration", duration);
        if ("repeating".equals(duration)) {
            body.put("cycles", CatalogPages.whole(form, "cycles"));
        }
        return body;
    }

    private static @Nullable String upper(@Nullable String text) {
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }

    /**
     * A line of the coupons' list, which the page writes in its language: a percentage ({@code value} without
     * trailing zeros, "10") or an amount ({@code value} in {@code currency}); the duration once, forever or
     * repeating for {@code cycles}; {@code created} the instant as the API wrote it (null when it did not).
     */
    record CouponRow(String code, String kind, String value, @Nullable String currency, String duration,
                     @Nullable Object cycles, boolean renewals, boolean active, @Nullable String created) {
    }

    /** How the list shows a coupon (the contract's Coupon). */
    static CouponRow row(Map<String, Object> coupon) {
        String kind = String.valueOf(coupon.get("kind"));
        String value = String.valueOf(coupon.get("value"));
        return new CouponRow(String.valueOf(coupon.get("code")), kind, "percent".equals(kind) ? percent(value) : value,
                coupon.get("currency") == null ? null : coupon.get("currency").toString(),
                String.valueOf(coupon.get("duration")), coupon.get("cycles"),
                Boolean.TRUE.equals(coupon.get("appliesToRenewals")), Boolean.TRUE.equals(coupon.get("active")),
                coupon.get("createdAt") == null ? null : coupon.get("createdAt").toString());
    }

    private static String percent(String value) {
        try {
            return new BigDecimal(value).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException unreadable) {
            return value;
        }
    }
}
