package io.accountsuite.membership.memberships;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.accountsuite.membership.MembershipApi;
import io.accountsuite.platform.problem.ProblemType;
import io.accountsuite.testkit.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static io.accountsuite.membership.MembershipApi.map;

@ServiceTest
class CouponCatalogIT {

    private static final String ADMIN = MembershipApi.ADMIN.toString();

    @Autowired WebTestClient web;

    MembershipApi api;
    MembershipApi.Catalog catalog;
    final UUID ann = UUID.randomUUID();

    @BeforeEach
    void setUp() {
        api = new MembershipApi(web);
        catalog = api.catalog();
    }

    @Test
    void an_admin_adds_coupons_and_lists_them_newest_first() {
        api.adminPost("/api/admin/coupons", map("code", "welcome10", "kind", "percent", "value", "10",
                        "duration", "forever"))
                .expectStatus().isCreated().expectBody()
                .jsonPath("$.code").isEqualTo("WELCOME10")
                .jsonPath("$.kind").isEqualTo("percent")
                .jsonPath("$.value").isEqualTo("10.00")
                .jsonPath("$.currency").isEmpty()
                .jsonPath("$.duration").isEqualTo("forever")
                .jsonPath("$.cycles").isEmpty()
                .jsonPath("$.appliesToRenewals").isEqualTo(true)
                .jsonPath("$.active").isEqualTo(true)
                .jsonPath("$.createdAt").exists();
        api.adminPost("/api/admin/coupons", map("code", "FIVE_OFF-3", "kind", "amount", "value", 5,
                        "currency", "USD", "duration", "repeating", "cycles", 3))
                .expectStatus().isCreated().expectBody()
                .jsonPath("$.value").isEqualTo("5.00")
                .jsonPath("$.currency").isEqualTo("USD")
                .jsonPath("$.cycles").isEqualTo(3)
                .jsonPath("$.appliesToRenewals").isEqualTo(true);
        api.adminPost("/api/admin/coupons", map("code", "YEN", "kind", "amount", "value", 500, "currency", "JPY"))
                .expectStatus().isCreated().expectBody()
                .jsonPath("$.value").isEqualTo("500")
                .jsonPath("$.duration").isEqualTo("once")
                .jsonPath("$.appliesToRenewals").isEqualTo(false);

        api.adminGet("/api/admin/coupons").expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(3)
                .jsonPath("$[0].code").isEqualTo("YEN")
                .jsonPath("$[2].code").isEqualTo("WELCOME10");
        api.adminGet("/api/admin/coupons?limit=1").expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(1).jsonPath("$[0].code").isEqualTo("YEN");
        api.adminGet("/api/admin/coupons?limit=0").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("limit");
    }

    @Test
    void a_coupon_breaking_a_rule_is_a_400_field_error_and_nothing_is_added() {
        refused(map("code", "x!", "kind", "percent", "value", 10), "code");
        refused(map("code", "AB", "kind", "percent", "value", 10), "code");
        refused(map("code", "A".repeat(41), "kind", "percent", "value", 10), "code");
        refused(map("code", "TENNER", "kind", "amount", "value", 10), "currency");
        refused(map("code", "TENNER", "kind", "amount", "value", 10, "currency", "XYZ"), "currency");
        refused(map("code", "TENNER", "kind", "amount", "value", "1.5", "currency", "JPY"), "value");
        refused(map("code", "TENPC", "kind", "percent", "value", 10, "currency", "USD"), "currency");
        refused(map("code", "ALOT", "kind", "percent", "value", 150), "value");
        refused(map("code", "NONE", "kind", "percent", "value", 0), "value");
        refused(map("code", "SOME", "kind", "percent", "value", 10, "duration", "repeating"), "cycles");
        refused(map("code", "SOME", "kind", "percent", "value", 10, "duration", "weekly"), "duration");
        refused(map("code", "SOME", "kind", "gift", "value", 10), "kind");
        api.adminGet("/api/admin/coupons").expectBody().jsonPath("$.length()").isEqualTo(0);
    }

    @Test
    void a_code_taken_in_any_letter_case_is_a_409() {
        api.adminPost("/api/admin/coupons", map("code", "SPRING", "kind", "percent", "value", 10))
                .expectStatus().isCreated();
        api.adminPost("/api/admin/coupons", map("code", "spring", "kind", "amount", "value", 1, "currency", "USD"))
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(ProblemType.BASE + "coupon-code-taken")
                .jsonPath("$.errors[0].field").isEqualTo("code");
        api.adminGet("/api/admin/coupons").expectBody().jsonPath("$[0].kind").isEqualTo("percent");
    }

    @Test
    void deactivating_is_idempotent_an_unknown_code_is_404_and_both_changes_are_audited() {
        api.adminPost("/api/admin/coupons", map("code", "SUMMER", "kind", "percent", "value", 20))
                .expectStatus().isCreated();
        api.adminPost("/api/admin/coupons/summer/deactivation", Map.of()).expectStatus().isOk().expectBody()
                .jsonPath("$.code").isEqualTo("SUMMER").jsonPath("$.active").isEqualTo(false);
        api.adminPost("/api/admin/coupons/SUMMER/deactivation", Map.of()).expectStatus().isOk().expectBody()
                .jsonPath("$.active").isEqualTo(false);
        api.adminPost("/api/admin/coupons/NOSUCH/deactivation", Map.of()).expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

        String coupon = "$[?(@.subject == 'coupon SUMMER')]";
        api.adminGet("/api/admin/audit").expectStatus().isOk().expectBody()
                .jsonPath(coupon + ".action").isEqualTo(List.of("coupon-deactivated", "coupon-created"))
                .jsonPath(coupon + ".actor").isEqualTo(List.of(ADMIN, ADMIN))
                .jsonPath(coupon + ".customerId").isEqualTo(Arrays.asList(null, null))
                .jsonPath(coupon + ".before.active").isEqualTo(List.of(true))
                .jsonPath(coupon + ".after.active").isEqualTo(List.of(false, true))
                .jsonPath(coupon + ".after.value").isEqualTo(List.of("20.00", "20.00"));
    }

    @Test
    void a_catalog_coupon_is_given_by_its_code_with_an_admins_membership() {
        api.adminPost("/api/admin/coupons", map("code", "WELCOME10", "kind", "percent", "value", 10,
                "duration", "forever")).expectStatus().isCreated();
        // Basic 10.00 + setup 5.00, the products 10 % off; 9.00 a cycle from then on.
        api.give(ann, catalog.basic(), "couponCode", "welcome10").expectStatus().isCreated()
                .expectBody().jsonPath("$.coupon").isEqualTo("WELCOME10")
                .jsonPath("$.total.amount").isEqualTo("9.00")
                .jsonPath("$.initialAmount.amount").isEqualTo("14.00");
    }

    @Test
    void an_unknown_inactive_or_foreign_currency_coupon_code_is_refused_on_its_field() {
        api.adminPost("/api/admin/coupons", map("code", "GONE", "kind", "percent", "value", 10))
                .expectStatus().isCreated();
        api.adminPost("/api/admin/coupons/GONE/deactivation", Map.of()).expectStatus().isOk();
        api.adminPost("/api/admin/coupons", map("code", "EUROS", "kind", "amount", "value", 2, "currency", "EUR"))
                .expectStatus().isCreated();

        for (String code : new String[] {"NOSUCH", "GONE", "EUROS"}) {
            api.give(ann, catalog.basic(), "couponCode", code).expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("couponCode");
        }
        api.give(ann, catalog.basic(), "couponCode", "EUROS", "coupon", map("code", "X", "kind", "percent",
                "value", 5)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("couponCode");
        api.adminGet("/api/admin/memberships").expectBody().jsonPath("$.length()").isEqualTo(0);
    }

    private void refused(Map<String, Object> coupon, String field) {
        api.adminPost("/api/admin/coupons", coupon).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo(field);
    }
}
