package io.accountsuite.identity.admin;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.accountsuite.contracts.Topics;
import io.accountsuite.identity.IdentityClient;
import io.accountsuite.identity.IdentityClient.Signed;
import io.accountsuite.identity.customer.Customer;
import io.accountsuite.identity.customer.Language;
import io.accountsuite.identity.customer.Registration;
import io.accountsuite.platform.problem.ProblemType;
import io.accountsuite.testkit.ServiceTest;
import io.accountsuite.testkit.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static io.accountsuite.identity.IdentityClient.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class AdminCustomersIT {

    @Autowired WebTestClient web;
    @Autowired Registration registration;
    @Autowired DatabaseClient db;

    @Test
    void customers_cannot_use_the_admin_api() {
        IdentityClient identity = new IdentityClient(web);
        Signed ann = identity.register();
        identity.get("/api/admin/customers", ann.accessToken()).expectStatus().isForbidden();
        identity.post("/api/admin/customers/" + ann.id() + "/admin", ann.accessToken(), Map.of())
                .expectStatus().isForbidden();
    }

    @Test
    void customers_cannot_search_or_read_customers() {
        IdentityClient identity = new IdentityClient(web);
        Signed ann = identity.register();
        identity.get("/api/admin/customers?q=ann", ann.accessToken()).expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        identity.get("/api/admin/customers/" + ann.id(), ann.accessToken()).expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void the_search_finds_a_text_in_the_email_or_name_in_any_case_newest_first_up_to_the_limit() {
        IdentityClient identity = new IdentityClient(web);
        String admin = adminToken(identity);
        registration.register("zoe.baker@example.com", PASSWORD, "Zoe", Set.of(Customer.CUSTOMER), Language.EN).block();
        registration.register("bob@example.com", PASSWORD, "Robert Baker",
                Set.of(Customer.CUSTOMER), Language.EN).block();
        registration.register("carl@example.com", PASSWORD, "Carl 100%_Sure",
                Set.of(Customer.CUSTOMER), Language.EN).block();

        identity.get("/api/admin/customers?q=BAKER", admin).expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(2)
                .jsonPath("$[0].email").isEqualTo("bob@example.com")
                .jsonPath("$[1].email").isEqualTo("zoe.baker@example.com")
                .jsonPath("$[0].roles[0]").isEqualTo("customer")
                .jsonPath("$[0].status").isEqualTo("active")
                .jsonPath("$[0].createdAt").exists();
        identity.get("/api/admin/customers?q=BAKER&limit=1", admin).expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(1).jsonPath("$[0].name").isEqualTo("Robert Baker");
        identity.get("/api/admin/customers?q=%_", admin).expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(1).jsonPath("$[0].name").isEqualTo("Carl 100%_Sure");
        identity.get("/api/admin/customers?q= ", admin).expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(4);
        identity.get("/api/admin/customers", admin).expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(4).jsonPath("$[0].name").isEqualTo("Carl 100%_Sure");
    }

    @Test
    void a_bad_limit_or_query_is_a_400_field_error() {
        IdentityClient identity = new IdentityClient(web);
        String admin = adminToken(identity);
        for (String limit : new String[] {"0", "501", "ten", "-1", "1.5"}) {
            identity.get("/api/admin/customers?limit=" + limit, admin).expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("limit");
        }
        identity.get("/api/admin/customers?q=" + "x".repeat(201), admin).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("q");
    }

    @Test
    void an_admin_reads_one_customer_and_an_unknown_id_is_404() {
        IdentityClient identity = new IdentityClient(web);
        String admin = adminToken(identity);
        Customer zoe = registration.register("zoe@example.com", PASSWORD, "Zoe",
                Set.of(Customer.CUSTOMER), Language.EN).block();

        identity.get("/api/admin/customers/" + zoe.id(), admin).expectStatus().isOk().expectBody()
                .jsonPath("$.id").isEqualTo(zoe.id().toString())
                .jsonPath("$.email").isEqualTo("zoe@example.com")
                .jsonPath("$.name").isEqualTo("Zoe")
                .jsonPath("$.roles[0]").isEqualTo("customer")
                .jsonPath("$.status").isEqualTo("active")
                .jsonPath("$.passwordHash").doesNotExist();
        identity.get("/api/admin/customers/" + UUID.randomUUID(), admin).expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(ProblemType.BASE + "not-found");
        identity.get("/api/admin/customers/not-an-id", admin).expectStatus().isBadRequest();
    }

    @Test
    void an_admin_lists_creates_and_promotes_customers() {
        IdentityClient identity = new IdentityClient(web);
        String adminEmail = "admin-" + System.nanoTime() + "@example.com";
        registration.register(adminEmail, PASSWORD, "Admin",
                Set.of(Customer.CUSTOMER, Customer.ADMIN), Language.EN).block();
        String admin = (String) identity.tokens(identity.login(adminEmail, PASSWORD)).get("accessToken");

        String id = identity.post("/api/admin/customers", admin, Map.of("email", "made-" + System.nanoTime()
                        + "@example.com", "password", PASSWORD, "name", "Made By Admin"))
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
        identity.get("/api/admin/customers", admin).expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.id == '" + id + "')].name").isEqualTo("Made By Admin");
        identity.post("/api/admin/customers/" + id + "/admin", admin, Map.of()).expectStatus().isOk()
                .expectBody().jsonPath("$.roles[?(@ == 'admin')]").exists();
        identity.post("/api/admin/customers", admin, Map.of("email", "bad", "password", "short", "name", "X"))
                .expectStatus().isBadRequest();
    }

    @Test
    void each_admin_write_leaves_an_audit_entry_of_who_did_what_before_and_after_without_the_password() {
        IdentityClient identity = new IdentityClient(web);
        String adminEmail = newAdmin();
        String admin = (String) identity.tokens(identity.login(adminEmail, PASSWORD)).get("accessToken");
        String adminId = identity.get("/api/account/profile", admin).expectBody(Map.class).returnResult()
                .getResponseBody().get("id").toString();

        String id = identity.post("/api/admin/customers", admin, Map.of("email", "audited@example.com",
                        "password", PASSWORD, "name", "Audited"))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id")
                .toString();
        identity.post("/api/admin/customers/" + id + "/admin", admin, Map.of()).expectStatus().isOk();
        identity.post("/api/admin/customers/" + id + "/admin", admin, Map.of()).expectStatus().isOk();
        web.delete().uri("/api/admin/customers/" + id + "/admin").headers(h -> h.setBearerAuth(admin))
                .exchange().expectStatus().isOk();

        identity.get("/api/admin/audit?customerId=" + id, admin).expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(3)
                .jsonPath("$[2].action").isEqualTo("customer-created")
                .jsonPath("$[2].actor").isEqualTo(adminId)
                .jsonPath("$[2].customerId").isEqualTo(id)
                .jsonPath("$[2].subject").isEqualTo("customer " + id)
                .jsonPath("$[2].before").doesNotExist()
                .jsonPath("$[2].after.email").isEqualTo("audited@example.com")
                .jsonPath("$[1].action").isEqualTo("admin-promoted")
                .jsonPath("$[1].before.roles.length()").isEqualTo(1)
                .jsonPath("$[1].after.roles[?(@ == 'admin')]").exists()
                .jsonPath("$[0].action").isEqualTo("admin-demoted")
                .jsonPath("$[0].before.roles[?(@ == 'admin')]").exists()
                .jsonPath("$[0].after.roles[?(@ == 'admin')]").doesNotExist();
        assertThat(identity.get("/api/admin/audit?customerId=" + id, admin).expectBody(String.class)
                .returnResult().getResponseBody()).doesNotContain(PASSWORD).doesNotContain("passwordHash")
                .doesNotContain("$argon2").doesNotContain("$2a$");
    }

    @Test
    void a_refused_admin_write_leaves_no_audit_entry() {
        IdentityClient identity = new IdentityClient(web);
        String admin = adminToken(identity);
        identity.post("/api/admin/customers", admin, Map.of("email", "bad", "password", "short", "name", "X"))
                .expectStatus().isBadRequest();
        identity.post("/api/admin/customers/" + UUID.randomUUID() + "/admin", admin, Map.of())
                .expectStatus().isNotFound();
        identity.get("/api/admin/audit", admin).expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(0);
    }

    @Test
    void a_demoted_admin_loses_the_role_and_every_session_at_once_and_the_last_admin_stays() {
        IdentityClient identity = new IdentityClient(web);
        String[] admins = {newAdmin(), newAdmin()};
        String first = (String) identity.tokens(identity.login(admins[0], PASSWORD)).get("accessToken");
        Map<?, ?> second = identity.tokens(identity.login(admins[1], PASSWORD));
        String secondToken = (String) second.get("accessToken");
        String secondId = identity.get("/api/account/profile", secondToken).expectBody(Map.class).returnResult()
                .getResponseBody().get("id").toString();

        web.delete().uri("/api/admin/customers/" + secondId + "/admin").headers(h -> h.setBearerAuth(first))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.roles[?(@ == 'admin')]").doesNotExist();

        // At once, not once the event comes back from the topic: the demoted admin cannot win the role back.
        identity.post("/api/admin/customers/" + secondId + "/admin", secondToken, Map.of())
                .expectStatus().isUnauthorized();
        identity.get("/api/admin/customers", secondToken).expectStatus().isUnauthorized();
        identity.refresh((String) second.get("refreshToken")).expectStatus().isUnauthorized();
        String again = (String) identity.tokens(identity.login(admins[1], PASSWORD)).get("accessToken");
        identity.get("/api/admin/customers", again).expectStatus().isForbidden();
        assertThat(TopicReader.readAll(Topics.IDENTITY)).anySatisfy(r -> assertThat(r.value())
                .contains("admin-role-removed").contains(secondId));
    }

    @Test
    void the_last_admin_cannot_be_demoted() {
        String email = newAdmin();
        String token = (String) new IdentityClient(web).tokens(new IdentityClient(web).login(email, PASSWORD))
                .get("accessToken");
        String id = new IdentityClient(web).get("/api/account/profile", token).expectBody(Map.class).returnResult()
                .getResponseBody().get("id").toString();
        db.sql("UPDATE customers SET roles = ARRAY['customer'] WHERE id <> :id AND 'admin' = ANY(roles)")
                .bind("id", UUID.fromString(id)).fetch().rowsUpdated().block();

        web.delete().uri("/api/admin/customers/" + id + "/admin").headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(ProblemType.BASE + "last-admin");
    }

    private String adminToken(IdentityClient identity) {
        return (String) identity.tokens(identity.login(newAdmin(), PASSWORD)).get("accessToken");
    }

    private String newAdmin() {
        String email = "admin-" + UUID.randomUUID() + "@example.com";
        registration.register(email, PASSWORD, "Admin", Set.of(Customer.CUSTOMER, Customer.ADMIN), Language.EN).block();
        return email;
    }
}
