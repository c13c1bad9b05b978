package io.accountsuite.gateway.composition;

import java.util.Map;
import java.util.UUID;

import io.accountsuite.gateway.GatewayTest;
import io.accountsuite.gateway.GatewayTestBackends;
import io.accountsuite.testkit.StubBackend.Answer;
import io.accountsuite.testkit.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static io.accountsuite.gateway.GatewayTestBackends.BILLING;
import static io.accountsuite.gateway.GatewayTestBackends.DOMAIN;
import static io.accountsuite.gateway.GatewayTestBackends.IDENTITY;
import static io.accountsuite.gateway.GatewayTestBackends.MEMBERSHIP;
import static io.accountsuite.gateway.GatewayTestBackends.NOTIFICATION;
import static io.accountsuite.gateway.GatewayTestBackends.SITE;
import static org.assertj.core.api.Assertions.assertThat;

/** The endpoints API.md names once but several services own: the account export and the network settings. */
@GatewayTest
class GatewayComposedEndpointsIT {

    private static final String SITE_ID = "5e5e5e5e-0000-0000-0000-000000000009";


    @Autowired WebTestClient web;

    @BeforeEach
    void reset() {
        GatewayTestBackends.resetAll();
    }

    @Test
    void the_export_gathers_the_customer_data_of_every_service() {
        IDENTITY.answer("GET", "/api/account/profile", Answer.json(200, "{\"email\":\"ann@example.com\"}"));
        MEMBERSHIP.answer("GET", "/api/memberships", Answer.json(200, "[{\"reference\":\"ABCDE12345\"}]"));
        BILLING.answer("GET", "/api/billing/overview", Answer.json(200, "{\"address\":null,"
                + "\"invoices\":[{\"number\":\"INV-2026-000001\"}],\"creditNotes\":[{\"number\":\"CN-2026-000001\"}],"
                + "\"accountCredit\":[{\"amount\":\"5.00\",\"currency\":\"USD\"}]}"));
        SITE.answer("GET", "/api/sites", Answer.json(200, "[{\"id\":\"" + SITE_ID + "\",\"title\":\"Ann's\"}]"));
        DOMAIN.answer("GET", "/api/domains/overview", Answer.json(200, "[{\"siteId\":\"" + SITE_ID
                + "\",\"domains\":[{\"domain\":\"shop.example\"}],\"entitlement\":{\"allowed\":true}},"
                + "{\"siteId\":\"s2\",\"domains\":[{\"domain\":\"second.example\"}],\"entitlement\":{}}]"));

        web.get().uri("/api/account/export").headers(h -> h.setBearerAuth(TestTokens.accessToken(UUID.randomUUID())))
                .exchange().expectStatus().isOk()
                .expectHeader().valueMatches("Content-Disposition", "attachment.*")
                .expectBody()
                .jsonPath("$.profile.email").isEqualTo("ann@example.com")
                .jsonPath("$.memberships[0].reference").isEqualTo("ABCDE12345")
                .jsonPath("$.billingAddress").isEmpty()
                .jsonPath("$.creditNotes[0].number").isEqualTo("CN-2026-000001")
                .jsonPath("$.accountCredit[0].amount").isEqualTo("5.00")
                .jsonPath("$.invoices[0].number").isEqualTo("INV-2026-000001")
                .jsonPath("$.sites[0].title").isEqualTo("Ann's")
                .jsonPath("$.domains[0].domain").isEqualTo("shop.example")
                .jsonPath("$.domains[1].domain").isEqualTo("second.example");
    }

    @Test
    void an_export_missing_a_service_is_refused_rather_than_incomplete() {
        IDENTITY.answer("GET", "/api/account/profile", Answer.json(200, "{\"email\":\"ann@example.com\"}"));
        MEMBERSHIP.answer("GET", "/api/memberships", Answer.json(200, "[]"));
        BILLING.answer("GET", "/api/billing/overview", Answer.json(500, "{}"));
        SITE.answer("GET", "/api/sites", Answer.json(200, "[]"));
        DOMAIN.answer("GET", "/api/domains/overview", Answer.json(200, "[]"));

        web.get().uri("/api/account/export").headers(h -> h.setBearerAuth(TestTokens.accessToken(UUID.randomUUID())))
                .exchange().expectStatus().isEqualTo(503)
                .expectHeader().valueEquals("Retry-After", "5")
                .expectBody().jsonPath("$.type").isEqualTo("https://account-suite.example/problems/service-unavailable");

        // An overview answers every signed-in caller: a 404 is an instance without it, not an empty account.
        BILLING.answer("GET", "/api/billing/overview", Answer.json(404, "{\"status\":404}"));
        web.get().uri("/api/account/export").headers(h -> h.setBearerAuth(TestTokens.accessToken(UUID.randomUUID())))
                .exchange().expectStatus().isEqualTo(503);
    }

    @Test
    void the_admin_sees_and_saves_the_network_settings_as_one() {
        SITE.answer("GET", "/api/admin/settings/sites", Answer.json(200, "{\"allowTemplateSwitching\":true}"));
        DOMAIN.answer("GET", "/api/admin/settings/domains", Answer.json(200,
                "{\"domainMappingEnabled\":true,\"networkDomain\":\"sites.example\"}"));
        SITE.answer("PUT", "/api/admin/settings/sites", Answer.json(200, "{\"allowTemplateSwitching\":false}"));
        DOMAIN.answer("PUT", "/api/admin/settings/domains", Answer.json(200, "{}"));
        NOTIFICATION.answer("GET", "/api/admin/settings/notifications", Answer.json(200,
                "{\"senderName\":\"Sites\",\"senderAddress\":\"hello@sites.example\"}"));
        NOTIFICATION.answer("PUT", "/api/admin/settings/notifications", Answer.json(200, "{}"));
        String admin = TestTokens.accessToken(UUID.randomUUID(), "admin");

        web.get().uri("/api/admin/settings").headers(h -> h.setBearerAuth(admin))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.allowTemplateSwitching").isEqualTo(true)
                .jsonPath("$.networkDomain").isEqualTo("sites.example")
                .jsonPath("$.senderAddress").isEqualTo("hello@sites.example");

        web.put().uri("/api/admin/settings").headers(h -> h.setBearerAuth(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"allowTemplateSwitching\":false,\"domainMappingEnabled\":true,\"networkDomain\":\"n.example\"}")
                .exchange().expectStatus().isOk();
        assertThat(SITE.requests("PUT", "/api/admin/settings/sites").get(0).body())
                .isEqualTo("{\"allowTemplateSwitching\":false}");
        assertThat(DOMAIN.requests("PUT", "/api/admin/settings/domains").get(0).body())
                .contains("\"networkDomain\":\"n.example\"").doesNotContain("allowTemplateSwitching");
        assertThat(NOTIFICATION.requests("PUT", "/api/admin/settings/notifications")).isEmpty();

        web.put().uri("/api/admin/settings").headers(h -> h.setBearerAuth(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"allowTemplateSwitching\":true,\"senderName\":\"Sites\",\"senderAddress\":\"a@b.example\"}")
                .exchange().expectStatus().isOk();
        assertThat(NOTIFICATION.requests("PUT", "/api/admin/settings/notifications").get(0).body())
                .isEqualTo("{\"senderName\":\"Sites\",\"senderAddress\":\"a@b.example\"}");
        assertThat(DOMAIN.requests("PUT", "/api/admin/settings/domains").get(1).body()).doesNotContain("sender");
    }

    @Test
    void a_refused_domain_part_saves_nothing() {
        DOMAIN.answer("PUT", "/api/admin/settings/domains", new Answer(400,
                "{\"status\":400,\"instance\":\"/api/admin/settings/domains\","
                        + "\"errors\":[{\"field\":\"networkDomain\",\"message\":\"is invalid\"}]}",
                Map.of("Content-Type", "application/problem+json")));
        String admin = TestTokens.accessToken(UUID.randomUUID(), "admin");

        web.put().uri("/api/admin/settings").headers(h -> h.setBearerAuth(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"allowTemplateSwitching\":false,\"networkDomain\":\"NOT VALID\"}")
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("networkDomain")
                // The refusal names the path the admin called, not the service's own.
                .jsonPath("$.instance").isEqualTo("/api/admin/settings");
        assertThat(SITE.requests("PUT", "/api/admin/settings/sites")).isEmpty();

        web.put().uri("/api/admin/settings").headers(h -> h.setBearerAuth(admin))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"networkDomain\":\"n.example\"}")
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("allowTemplateSwitching");
        assertThat(DOMAIN.requests("PUT", "/api/admin/settings/domains")).hasSize(1);
    }

    @Test
    void only_admins_reach_the_network_settings() {
        web.get().uri("/api/admin/settings")
                .headers(h -> h.setBearerAuth(TestTokens.accessToken(UUID.randomUUID())))
                .exchange().expectStatus().isForbidden();
        assertThat(SITE.requests("GET", "/api/admin/settings/sites")).isEmpty();
    }
}
