package io.accountsuite.gateway.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.accountsuite.gateway.language.Words;

/**
 * The checks the new-customer page makes of a membership before it creates the customer: the plan must be one of
 * the active plans listed, and a coupon code one of the active coupons, an amount one in the plan's currency
 * (membership-service's own rules for {@code POST /api/admin/memberships}, seen ahead so that a refusal leaves no
 * customer without a membership).
 */
final class NewMemberships {

    private NewMemberships() {
    }

    /**
     * Field → message for what would be refused; empty when nothing is.
     *
     * @param plans   the active plans as {@code GET /api/admin/products} lists them ({@code id}, {@code price})
     * @param coupons the coupons as {@code GET /api/admin/coupons} lists them ({@code code}, {@code kind},
     *                {@code currency}, {@code active})
     * @param words   the messages' language
     */
    static Map<String, String> refusals(Map<String, String> submitted, List<Map<?, ?>> plans, List<?> coupons,
                                        Words.InLanguage words) {
        Map<String, String> refusals = new LinkedHashMap<>();
        Map<?, ?> plan = plans.stream().filter(p -> submitted.get("planId").equals(String.valueOf(p.get("id"))))
                .findFirst().orElse(null);
        if (plan == null) {
            refusals.put("planId", words.get("admin.new-customer.not-a-plan"));
        }
        String code = submitted.get("couponCode");
        if (!code.isEmpty()) {
            Map<?, ?> coupon = coupons.stream().filter(c -> c instanceof Map<?, ?> m
                            && code.equalsIgnoreCase(String.valueOf(m.get("code"))))
                    .map(c -> (Map<?, ?>) c).findFirst().orElse(null);
            if (coupon == null || !Boolean.TRUE.equals(coupon.get("active"))) {
                refusals.put("couponCode", words.get("admin.new-customer.not-a-coupon"));
            } else if (plan != null && "amount".equals(coupon.get("kind"))
                    && !Objects.equals(coupon.get("currency"), currency(plan))) {
                refusals.put("couponCode", words.get("admin.new-customer.coupon-currency", coupon.get("currency"),
                        currency(plan)));
            }
        }
        return refusals;
    }

    private static Object currency(Map<?, ?> plan) {
        return plan.get("price") instanceof Map<?, ?> price ? price.get("currency") : null;
    }
}
