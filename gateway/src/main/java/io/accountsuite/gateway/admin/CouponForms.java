package io.accountsuite.gateway.admin;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
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

    /** The kinds of discount, with their labels. */
    static final Map<String, String> KINDS = CatalogPages.ordered("percent", "Percent off", "amount",
            "Amount off");

    /** The durations, with what each means for the member's invoices. */
    static final Map<String, String> DURATIONS = CatalogPages.ordered(
            "once", "Once: the first invoice only",
            "repeating", "Repeating: the first invoice and the renewals of a number of billing cycles"
                    + " (applies to renewals)",
            "forever", "Forever: every invoice, renewals included (applies to renewals)");

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

    /** A line of the coupons' list. */
    record CouponRow(String code, String discount, String duration, boolean renewals, boolean active,
                     String created) {
    }

    /** How the list shows a coupon (the contract's Coupon). */
    static CouponRow row(Map<String, Object> coupon) {
        String value = String.valueOf(coupon.get("value"));
        String discount = "percent".equals(coupon.get("kind")) ? percent(value) + " %"
                : value + " " + coupon.get("currency");
        String duration = switch (String.valueOf(coupon.get("duration"))) {
            case "once" -> "Once";
            case "forever" -> "Forever";
            default -> "Repeating, " + coupon.get("cycles") + " cycles";
        };
        String created = coupon.get("createdAt") == null ? "" : coupon.get("createdAt").toString();
        return new CouponRow(String.valueOf(coupon.get("code")), discount, duration,
                Boolean.TRUE.equals(coupon.get("appliesToRenewals")), Boolean.TRUE.equals(coupon.get("active")),
                created.length() >= 10 ? created.substring(0, 10) : created);
    }

    private static String percent(String value) {
        try {
            return new BigDecimal(value).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException unreadable) {
            return value;
        }
    }
}
