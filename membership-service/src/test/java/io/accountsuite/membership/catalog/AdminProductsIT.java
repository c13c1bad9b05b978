package io.accountsuite.membership.catalog;

import java.util.HashMap;
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
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static io.accountsuite.membership.MembershipApi.map;
import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class AdminProductsIT {

    @Autowired WebTestClient web;
    @Autowired DatabaseClient db;

    MembershipApi api;
    MembershipApi.Catalog catalog;
    final UUID ann = UUID.randomUUID();

    @BeforeEach
    void setUp() {
        api = new MembershipApi(web);
        catalog = api.catalog();
    }

    @Test
    void holders_count_the_memberships_still_standing_with_the_product_as_plan_or_add_on() {
        api.give(ann, catalog.basic(), "addOns", List.of(Map.of("productId", catalog.extraPosts(), "quantity", 2)))
                .expectStatus().isCreated();
        String expired = (String) api.create(ann, catalog.basic()).get("id");
        db.sql("UPDATE memberships SET status = 'expired' WHERE id = :id").bind("id", UUID.fromString(expired))
                .fetch().rowsUpdated().block();

        api.adminGet("/api/admin/products/" + catalog.basic()).expectStatus().isOk().expectBody()
                .jsonPath("$.id").isEqualTo(catalog.basic())
                .jsonPath("$.name").isEqualTo("Basic")
                .jsonPath("$.price.amount").isEqualTo("10.00")
                .jsonPath("$.billingPeriod.unit").isEqualTo("month")
                .jsonPath("$.holders").isEqualTo(1);
        api.adminGet("/api/admin/products").expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.id == '" + catalog.basic() + "')].holders").isEqualTo(List.of(1))
                .jsonPath("$[?(@.id == '" + catalog.extraPosts() + "')].holders").isEqualTo(List.of(1))
                .jsonPath("$[?(@.id == '" + catalog.pro() + "')].holders").isEqualTo(List.of(0))
                .jsonPath("$[?(@.id == '" + catalog.setupHelp() + "')].holders").isEqualTo(List.of(0));
        // Customers see the catalog, never how many hold what.
        api.get(ann, "/api/catalog").expectStatus().isOk().expectBody().jsonPath("$[0].holders").doesNotExist();
    }

    @Test
    void deactivating_a_held_plan_answers_how_many_keep_it_and_the_audit_log_has_before_and_after() {
        api.give(ann, catalog.basic()).expectStatus().isCreated();

        api.put("/api/admin/products/" + catalog.basic(), basic(false)).expectStatus().isOk().expectBody()
                .jsonPath("$.active").isEqualTo(false)
                .jsonPath("$.holders").isEqualTo(1);

        api.adminGet("/api/admin/audit").expectStatus().isOk().expectBody()
                .jsonPath("$[0].action").isEqualTo("product-updated")
                .jsonPath("$[0].actor").isEqualTo(MembershipApi.ADMIN.toString())
                .jsonPath("$[0].customerId").isEmpty()
                .jsonPath("$[0].subject").isEqualTo("product " + catalog.basic())
                .jsonPath("$[0].before.active").isEqualTo(true)
                .jsonPath("$[0].after.active").isEqualTo(false)
                .jsonPath("$[0].after.holders").doesNotExist()
                .jsonPath("$[?(@.action == 'product-created' && @.subject == 'product " + catalog.basic()
                        + "')].after.name").isEqualTo(List.of("Basic"));
    }

    @Test
    void an_unknown_product_is_404_and_a_malformed_id_400() {
        api.adminGet("/api/admin/products/" + UUID.randomUUID()).expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(ProblemType.BASE + "not-found");
        api.adminGet("/api/admin/products/basic").expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        api.put("/api/admin/products/" + UUID.randomUUID(), basic(true)).expectStatus().isNotFound();
    }

    @Test
    void a_pre_selected_template_is_saved_and_a_refused_field_is_the_one_named() {
        String bakery = UUID.randomUUID().toString();
        String studio = UUID.randomUUID().toString();
        Map<String, Object> assigned = new HashMap<>(basic(true));
        assigned.put("templateMode", "assign");
        assigned.put("templates", Map.of(bakery, "pre-selected", studio, "available"));

        api.put("/api/admin/products/" + catalog.basic(), assigned).expectStatus().isOk().expectBody()
                .jsonPath("$.templateMode").isEqualTo("assign")
                .jsonPath("$.templates['" + bakery + "']").isEqualTo("pre-selected");

        assigned.put("currency", "EUR");
        api.put("/api/admin/products/" + catalog.basic(), assigned).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("currency")
                .jsonPath("$.errors[0].message").value(m -> assertThat((String) m)
                        .startsWith("cannot change once the product exists"));
        assigned.put("currency", "XYZ");
        api.put("/api/admin/products/" + catalog.basic(), assigned).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("currency");
        api.adminGet("/api/admin/products/" + catalog.basic()).expectStatus().isOk().expectBody()
                .jsonPath("$.price.currency").isEqualTo("USD");
    }

    private Map<String, Object> basic(boolean active) {
        return map("type", "plan", "name", "Basic", "slug", catalog.basicSlug(), "currency", "USD", "price",
                "10.00", "setupFee", "5.00", "periodDuration", 1, "periodUnit", "month", "group", catalog.group(),
                "addOns", List.of(catalog.extraPosts(), catalog.setupHelp()), "active", active);
    }
}
