package io.accountsuite.gateway.admin;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static io.accountsuite.gateway.admin.ProductFormsTest.form;
import static org.assertj.core.api.Assertions.assertThat;

/** The coupon form → membership-service's coupon body, and how the list shows a coupon. */
class CouponFormsTest {

    @Test
    void an_amount_carries_its_currency_and_a_repeating_coupon_its_cycles() {
        assertThat(CouponForms.body(form("code", " welcome_10 ", "kind", "amount", "value", "5", "currency", "usd",
                "duration", "repeating", "cycles", "3")))
                .containsExactly(Map.entry("code", "WELCOME_10"), Map.entry("kind", "amount"),
                        Map.entry("value", new BigDecimal("5")), Map.entry("currency", "USD"),
                        Map.entry("duration", "repeating"), Map.entry("cycles", 3L));
        assertThat(CouponForms.body(form("code", "HALF", "kind", "percent", "value", "ten", "currency", "USD",
                "duration", "once", "cycles", "3")))
                .containsOnlyKeys("code", "kind", "value", "duration").containsEntry("value", "ten");
    }

    @Test
    void the_list_says_the_discount_the_duration_and_whether_renewals_get_it() {
        var percent = CouponForms.row(Map.of("code", "WELCOME10", "kind", "percent", "value", "10.00",
                "duration", "once", "appliesToRenewals", false, "active", true, "createdAt", "2026-11-30T10:00:00Z"));
        var amount = CouponForms.row(Map.of("code", "LOYAL", "kind", "amount", "value", "5.00", "currency", "EUR",
                "duration", "repeating", "cycles", 3, "appliesToRenewals", true, "active", false));

        assertThat(percent).isEqualTo(new CouponForms.CouponRow("WELCOME10", "percent", "10", null, "once", null,
                false, true, "2026-11-30T10:00:00Z"));
        assertThat(amount).isEqualTo(new CouponForms.CouponRow("LOYAL", "amount", "5.00", "EUR", "repeating", 3,
                true, false, null));
    }
}
