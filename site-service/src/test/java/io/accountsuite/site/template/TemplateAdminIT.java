package io.accountsuite.site.template;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.accountsuite.platform.problem.ProblemType;
import io.accountsuite.testkit.ServiceTest;
import io.accountsuite.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** One template for the admin, its deactivation, and the audit entries of the admin's template and setting changes. */
@ServiceTest
class TemplateAdminIT {

    private static final UUID ADMIN = UUID.fromString("00000000-0000-0000-0000-00000000ad01");

    @Autowired WebTestClient web;

    @Test
    void one_template_reads_as_the_admin_list_shows_it_and_an_unknown_or_malformed_id_is_refused() {
        String id = create(Map.of("name", "Bakery", "description", "Fresh", "posts", List.of(Map.of("title", "Hi"))));
        Map<?, ?> listed = (Map<?, ?>) admin().get().uri("/api/admin/templates").exchange().expectBody(List.class)
                .returnResult().getResponseBody().get(0);

        admin().get().uri("/api/admin/templates/" + id).exchange().expectStatus().isOk()
                .expectBody(Map.class).isEqualTo(listed);
        admin().get().uri("/api/admin/templates/" + id).exchange().expectBody()
                .jsonPath("$.active").isEqualTo(true)
                .jsonPath("$.blueprint.posts[0].title").isEqualTo("Hi");
        admin().get().uri("/api/admin/templates/" + UUID.randomUUID()).exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo(ProblemType.BASE + "not-found");
        admin().get().uri("/api/admin/templates/not-an-id").exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        admin().put().uri("/api/admin/templates/" + UUID.randomUUID()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "Ghost")).exchange().expectStatus().isNotFound();
        customer().get().uri("/api/admin/templates/" + id).exchange().expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void a_put_with_active_false_deactivates_a_template_and_one_leaving_active_out_keeps_it_as_it_is() {
        String id = create(Map.of("name", "Bakery"));
        put(id, Map.of("name", "Bakery", "active", false)).expectBody().jsonPath("$.active").isEqualTo(false);
        put(id, Map.of("name", "Bakery 2")).expectBody().jsonPath("$.active").isEqualTo(false)
                .jsonPath("$.name").isEqualTo("Bakery 2");
        put(id, Map.of("name", "Bakery 2", "active", true)).expectBody().jsonPath("$.active").isEqualTo(true);
        put(id, Map.of("name", "Bakery 2", "active", "no")).expectStatus().isBadRequest();
    }

    @Test
    void each_template_and_setting_change_is_audited_with_who_what_and_before_and_after() {
        String id = create(Map.of("name", "Bakery", "description", "Fresh"));
        put(id, Map.of("name", "Bakery", "description", "Fresh", "active", false)).expectStatus().isOk();
        admin().put().uri("/api/admin/settings/sites").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("allowTemplateSwitching", false)).exchange().expectStatus().isOk();

        admin().get().uri("/api/admin/audit").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[*].action").isEqualTo(List.of("site-settings-updated", "template-updated",
                        "template-created"))
                .jsonPath("$[*].actor").isEqualTo(List.of(ADMIN.toString(), ADMIN.toString(), ADMIN.toString()))
                .jsonPath("$[0].customerId").doesNotExist()
                .jsonPath("$[0].subject").isEqualTo("site settings")
                .jsonPath("$[0].before").isEqualTo(Map.of("allowTemplateSwitching", true))
                .jsonPath("$[0].after").isEqualTo(Map.of("allowTemplateSwitching", false))
                .jsonPath("$[1].subject").isEqualTo("template " + id)
                .jsonPath("$[1].before.active").isEqualTo(true)
                .jsonPath("$[1].after.active").isEqualTo(false)
                .jsonPath("$[1].after.name").isEqualTo("Bakery")
                .jsonPath("$[2].before").doesNotExist()
                .jsonPath("$[2].after.description").isEqualTo("Fresh")
                .jsonPath("$[2].at").isNotEmpty();
    }

    @Test
    void a_refused_change_leaves_no_audit_entry() {
        String id = create(Map.of("name", "Bakery"));
        put(id, Map.of("name", "")).expectStatus().isBadRequest();
        put(UUID.randomUUID().toString(), Map.of("name", "Ghost")).expectStatus().isNotFound();

        admin().get().uri("/api/admin/audit").exchange().expectBody()
                .jsonPath("$[*].action").isEqualTo(List.of("template-created"));
    }

    private String create(Map<String, Object> body) {
        return admin().post().uri("/api/admin/templates").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                .get("id").toString();
    }

    private WebTestClient.ResponseSpec put(String id, Map<String, Object> body) {
        return admin().put().uri("/api/admin/templates/" + id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    private WebTestClient admin() {
        return web.mutate().defaultHeaders(h -> h.setBearerAuth(TestTokens.accessToken(ADMIN, "admin"))).build();
    }

    private WebTestClient customer() {
        return web.mutate().defaultHeaders(h -> h.setBearerAuth(TestTokens.accessToken(UUID.randomUUID()))).build();
    }
}
