package io.accountsuite.membership.memberships;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.accountsuite.membership.MembershipApi;
import io.accountsuite.testkit.MutableClock;
import io.accountsuite.testkit.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static io.accountsuite.membership.MembershipApi.map;
import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
@Import(MutableClock.Config.class)
class AdminMembershipsIT {

    private static final String FREE_ONCE = "FREE-ONCE";

    @Autowired WebTestClient web;
    @Autowired MutableClock clock;

    MembershipApi api;
    MembershipApi.Catalog catalog;
    final UUID ann = UUID.randomUUID();
    final UUID bob = UUID.randomUUID();

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2027-06-01T09:00:00Z"));
        api = new MembershipApi(web);
        catalog = api.catalog();
    }

    @Test
    void the_list_is_newest_first_filtered_by_customer_and_status_and_cut_at_the_limit() {
        String first = (String) api.create(ann, catalog.basic()).get("id");
        clock.set(Instant.parse("2027-06-02T09:00:00Z"));
        String second = (String) api.create(bob, catalog.pro()).get("id");
        clock.set(Instant.parse("2027-06-03T09:00:00Z"));
        String third = (String) api.create(ann, catalog.pro()).get("id");
        api.post(ann, "/api/memberships/" + third + "/cancellation", map("reason", "other", "details", "x",
                "confirm", "CANCEL")).expectStatus().isOk();

        api.adminGet("/api/admin/memberships").expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(3)
                .jsonPath("$[0].id").isEqualTo(third)
                .jsonPath("$[1].id").isEqualTo(second)
                .jsonPath("$[2].id").isEqualTo(first)
                .jsonPath("$[2].customerId").isEqualTo(ann.toString())
                .jsonPath("$[2].reference").value(reference -> assertThat((String) reference)
                        .matches("[A-Z0-9]{10}"))
                .jsonPath("$[2].status").isEqualTo("pending")
                .jsonPath("$[2].planId").isEqualTo(catalog.basic())
                .jsonPath("$[2].planName").isEqualTo("Basic")
                .jsonPath("$[2].total.amount").isEqualTo("10.00")
                .jsonPath("$[2].total.currency").isEqualTo("USD")
                .jsonPath("$[2].period.duration").isEqualTo(1)
                .jsonPath("$[2].period.unit").isEqualTo("month")
                .jsonPath("$[2].expiresOn").isEqualTo("2027-07-01")
                .jsonPath("$[2].createdAt").isEqualTo("2027-06-01T09:00:00Z");
        api.adminGet("/api/admin/memberships?customerId=" + ann).expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(2)
                .jsonPath("$[0].id").isEqualTo(third).jsonPath("$[1].id").isEqualTo(first);
        api.adminGet("/api/admin/memberships?customerId=" + ann + "&status=cancelled").expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(1).jsonPath("$[0].id").isEqualTo(third);
        api.adminGet("/api/admin/memberships?status=pending&limit=1").expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(1).jsonPath("$[0].id").isEqualTo(second);
        api.adminGet("/api/admin/memberships?status=on-hold").expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(0);
    }

    @Test
    void bad_filters_are_400_field_errors() {
        Map<String, String> bad = Map.of("status=bogus", "status", "status=on hold", "status", "limit=0", "limit",
                "limit=501", "limit", "limit=many", "limit", "customerId=nobody", "customerId");
        bad.forEach((query, field) -> api.adminGet("/api/admin/memberships?" + query).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo(field));
    }

    @Test
    void customers_get_403_from_every_admin_reading() {
        for (String path : new String[] {"/api/admin/memberships", "/api/admin/memberships/summary",
                "/api/admin/coupons", "/api/admin/products/" + catalog.basic()}) {
            api.get(ann, path).expectStatus().isForbidden()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        api.post(ann, "/api/admin/coupons", map("code", "MINE", "kind", "percent", "value", 100))
                .expectStatus().isForbidden();
        api.post(ann, "/api/admin/coupons/MINE/deactivation", Map.of()).expectStatus().isForbidden();
        web.get().uri("/api/admin/memberships/summary").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void the_summary_counts_every_status_and_the_recurring_revenue_of_active_memberships_per_currency() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String yearly = api.product(map("type", "plan", "name", "Yearly", "slug", "yearly-" + suffix,
                "currency", "USD", "price", "120.00", "periodDuration", 1, "periodUnit", "year"));
        String euro = api.product(map("type", "plan", "name", "Euro", "slug", "euro-" + suffix,
                "currency", "EUR", "price", "9.00", "periodDuration", 1, "periodUnit", "month"));
        String trial = api.product(map("type", "plan", "name", "Trial", "slug", "trial-" + suffix,
                "currency", "USD", "price", "20.00", "periodDuration", 1, "periodUnit", "month", "trialDays", 14));
        // Free at first, so active at once: a coupon given once is no part of what recurs, one repeating is while
        // it lasts.
        api.give(ann, yearly, "coupon", map("code", FREE_ONCE, "kind", "percent", "value", 100, "duration", "once"))
                .expectStatus().isCreated().expectBody().jsonPath("$.status").isEqualTo("active");
        api.give(bob, euro, "coupon", map("code", "FREE-TWICE", "kind", "percent", "value", 100,
                "duration", "repeating", "cycles", 2)).expectStatus().isCreated()
                .expectBody().jsonPath("$.status").isEqualTo("active");
        api.create(ann, trial);
        api.create(bob, catalog.basic());

        api.adminGet("/api/admin/memberships/summary").expectStatus().isOk().expectBody()
                .jsonPath("$.counts.pending").isEqualTo(1)
                .jsonPath("$.counts.trialing").isEqualTo(1)
                .jsonPath("$.counts.active").isEqualTo(2)
                .jsonPath("$.counts.on-hold").isEqualTo(0)
                .jsonPath("$.counts.expired").isEqualTo(0)
                .jsonPath("$.counts.cancelled").isEqualTo(0)
                .jsonPath("$.monthlyRecurringRevenue.length()").isEqualTo(2)
                .jsonPath("$.monthlyRecurringRevenue[0].amount").isEqualTo("0.00")
                .jsonPath("$.monthlyRecurringRevenue[0].currency").isEqualTo("EUR")
                .jsonPath("$.monthlyRecurringRevenue[1].amount").isEqualTo("10.00")
                .jsonPath("$.monthlyRecurringRevenue[1].currency").isEqualTo("USD");
    }

    @Test
    void an_empty_network_has_zero_counts_and_no_revenue() {
        api.adminGet("/api/admin/memberships/summary").expectStatus().isOk().expectBody()
                .jsonPath("$.counts.length()").isEqualTo(6)
                .jsonPath("$.counts.active").isEqualTo(0)
                .jsonPath("$.monthlyRecurringRevenue.length()").isEqualTo(0);
    }

    @Test
    void an_admins_membership_is_in_the_audit_log_with_who_and_what_it_became() {
        String id = api.give(ann, catalog.basic()).expectStatus().isCreated().expectBody(Map.class).returnResult()
                .getResponseBody().get("id").toString();

        api.adminGet("/api/admin/audit?customerId=" + ann).expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].action").isEqualTo("membership-created")
                .jsonPath("$[0].actor").isEqualTo(MembershipApi.ADMIN.toString())
                .jsonPath("$[0].customerId").isEqualTo(ann.toString())
                .jsonPath("$[0].subject").value(subject -> assertThat((String) subject)
                        .matches("membership [A-Z0-9]{10}"))
                .jsonPath("$[0].before").doesNotExist()
                .jsonPath("$[0].after.id").isEqualTo(id)
                .jsonPath("$[0].after.planName").isEqualTo("Basic")
                .jsonPath("$[0].after.status").isEqualTo("pending");
        // A customer's own purchase is no admin change.
        api.create(bob, catalog.basic());
        api.adminGet("/api/admin/audit?customerId=" + bob).expectBody().jsonPath("$.length()").isEqualTo(0);
        // Refused, so nothing was changed and nothing recorded.
        api.give(ann, catalog.extraPosts()).expectStatus().isBadRequest();
        api.adminGet("/api/admin/audit?customerId=" + ann).expectBody().jsonPath("$.length()").isEqualTo(1);
        api.get(ann, "/api/admin/audit").expectStatus().isForbidden();
    }
}
