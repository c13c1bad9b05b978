package io.accountsuite.identity.admin;

import java.util.Map;
import java.util.Set;

import io.accountsuite.identity.IdentityClient;
import io.accountsuite.identity.IdentityClient.Signed;
import io.accountsuite.identity.customer.Customer;
import io.accountsuite.identity.customer.Registration;
import io.accountsuite.testkit.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static io.accountsuite.identity.IdentityClient.PASSWORD;

@ServiceTest
class AdminCustomersTest {

    @Autowired WebTestClient web;
    @Autowired Registration registration;

    @Test
    void customers_cannot_use_the_admin_api() {
        IdentityClient identity = new IdentityClient(web);
        Signed ann = identity.register();
        identity.get("/api/admin/customers", ann.accessToken()).expectStatus().isForbidden();
        identity.post("/api/admin/customers/" + ann.id() + "/admin", ann.accessToken(), Map.of())
                .expectStatus().isForbidden();
    }

    @Test
    void an_admin_lists_creates_and_promotes_customers() {
        IdentityClient identity = new IdentityClient(web);
        String adminEmail = "admin-" + System.nanoTime() + "@example.com";
        registration.register(adminEmail, PASSWORD, "Admin", Set.of(Customer.CUSTOMER, Customer.ADMIN)).block();
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
}
