package io.accountsuite.gateway.admin;

import java.util.UUID;

import io.accountsuite.gateway.GatewayTest;
import io.accountsuite.gateway.GatewayTestBackends;
import io.accountsuite.gateway.backend.Backends;
import io.accountsuite.testkit.StubBackend;
import io.accountsuite.testkit.StubBackend.Answer;
import io.accountsuite.testkit.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static io.accountsuite.gateway.GatewayTestBackends.BILLING;
import static io.accountsuite.gateway.GatewayTestBackends.DOMAIN;
import static io.accountsuite.gateway.GatewayTestBackends.IDENTITY;
import static io.accountsuite.gateway.GatewayTestBackends.MEMBERSHIP;
import static io.accountsuite.gateway.GatewayTestBackends.NOTIFICATION;
import static io.accountsuite.gateway.GatewayTestBackends.SITE;
import static io.accountsuite.gateway.admin.AdminPages.CUSTOMER_ID;

/** GET /api/admin/audit: the six services' audit entries as one log, newest first, naming who did not answer. */
@GatewayTest
class AuditLogIT {

    @Autowired WebTestClient web;
    @Autowired Backends backends;

    @BeforeEach
    void entries() {
        GatewayTestBackends.resetAll();
        backends.resetBreakers();
        for (StubBackend stub : new StubBackend[] {SITE, NOTIFICATION}) {
            stub.answer("GET", "/api/admin/audit", Answer.json(200, "[]"));
        }
        IDENTITY.answer("GET", "/api/admin/audit", Answer.json(200, "[" + entry(3, "2026-11-30T09:00:00Z",
                "admin-promoted") + "]"));
        MEMBERSHIP.answer("GET", "/api/admin/audit", Answer.json(200, "[" + entry(9, "2026-11-30T11:00:00Z",
                "membership-created") + "," + entry(8, "2026-11-29T11:00:00Z", "coupon-created") + "]"));
        BILLING.answer("GET", "/api/admin/audit", Answer.json(200, "[" + entry(17, "2026-11-30T10:00:00Z",
                "invoice-refunded") + "]"));
        DOMAIN.answer("GET", "/api/admin/audit", AdminPages.down());
    }

    @Test
    void the_entries_of_every_service_are_merged_newest_first_and_a_silent_service_is_named() {
        web.get().uri("/api/admin/audit?customerId=" + CUSTOMER_ID + "&limit=3")
                .headers(h -> h.setBearerAuth(AdminPages.ADMIN)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.entries.length()").isEqualTo(3)
                .jsonPath("$.entries[0].action").isEqualTo("membership-created")
                .jsonPath("$.entries[0].service").isEqualTo("membership")
                .jsonPath("$.entries[1].action").isEqualTo("invoice-refunded")
                .jsonPath("$.entries[1].service").isEqualTo("billing")
                .jsonPath("$.entries[1].before.status").isEqualTo("completed")
                .jsonPath("$.entries[2].action").isEqualTo("admin-promoted")
                .jsonPath("$.entries[2].service").isEqualTo("identity")
                .jsonPath("$.unavailable.length()").isEqualTo(1)
                .jsonPath("$.unavailable[0]").isEqualTo("domain");
    }

    @Test
    void a_bad_limit_or_customer_id_is_400_and_a_customer_is_403() {
        web.get().uri("/api/admin/audit?limit=501").headers(h -> h.setBearerAuth(AdminPages.ADMIN)).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.type").exists()
                .jsonPath("$.errors[0].field").isEqualTo("limit");
        web.get().uri("/api/admin/audit?customerId=nope").headers(h -> h.setBearerAuth(AdminPages.ADMIN))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.type").exists()
                .jsonPath("$.errors[0].field").isEqualTo("customerId");
        web.get().uri("/api/admin/audit").headers(h -> h.setBearerAuth(TestTokens.accessToken(UUID.randomUUID())))
                .exchange().expectStatus().isForbidden();
    }

    private static String entry(int id, String at, String action) {
        return "{\"id\":" + id + ",\"at\":\"" + at + "\",\"actor\":\"" + AdminPages.ADMIN_ID + "\",\"action\":\""
                + action + "\",\"customerId\":\"" + CUSTOMER_ID + "\",\"subject\":\"s" + id + "\",\"before\":"
                + "{\"status\":\"completed\"},\"after\":null}";
    }
}
