package io.accountsuite.gateway.admin;

import java.util.Map;

import io.accountsuite.gateway.GatewayTest;
import io.accountsuite.gateway.GatewayTestBackends;
import io.accountsuite.gateway.backend.Backends;
import io.accountsuite.testkit.StubBackend.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static io.accountsuite.gateway.GatewayTestBackends.DOMAIN;
import static io.accountsuite.gateway.admin.AdminPages.CUSTOMER_ID;
import static io.accountsuite.gateway.admin.AdminPages.only;
import static io.accountsuite.gateway.admin.AdminPages.page;
import static io.accountsuite.gateway.admin.AdminPages.post;
import static org.assertj.core.api.Assertions.assertThat;

/** The network's domains (issue 20): the list with what DNS answered, and "Check again". */
@GatewayTest
class AdminDomainsPageIT {

    static final String DOMAIN_ID = "d0000000-0000-0000-0000-000000000001";
    static final String DOMAINS = "[{\"id\":\"" + DOMAIN_ID + "\",\"customerId\":\"" + CUSTOMER_ID + "\",\"siteId\":"
            + "\"s1\",\"domain\":\"xn--caf-dma.example\",\"displayName\":\"café.example\",\"stage\":\"failed\","
            + "\"primary\":true,\"secure\":false,\"found\":\"A 203.0.113.9\",\"lastCheckedAt\":\"2026-11-30T08:15:00Z\","
            + "\"createdAt\":\"2026-11-29T08:00:00Z\"}]";

    @Autowired WebTestClient web;
    @Autowired Backends backends;

    @BeforeEach
    void domains() {
        GatewayTestBackends.resetAll();
        backends.resetBreakers();
        DOMAIN.answer("GET", "/api/admin/domains", Answer.json(200, DOMAINS));
    }

    @Test
    void the_list_shows_stage_primary_secure_and_what_dns_answered() {
        String html = page(web, "/admin/domains?trouble=true", 200);

        assertThat(html).contains("café.example").contains("xn--caf-dma.example").contains("stage-failed")
                .contains("<code>A 203.0.113.9</code>").contains("Nov 30, 2026, 8:15:00 AM UTC")
                .contains("id=\"trouble\" name=\"trouble\" value=\"true\" checked")
                .contains("action=\"/admin/domains/" + DOMAIN_ID + "/verification\"")
                .contains("aria-label=\"Check café.example again\"");
        assertThat(page(web, "/admin/domains?stage=lost", 400)).contains("There is no domain stage “lost”.");
    }

    @Test
    void check_again_asks_domain_service_and_returns_to_the_same_list() {
        DOMAIN.answer("POST", "/api/admin/domains/" + DOMAIN_ID + "/verification", Answer.json(202, "{}"));

        post(web, "/admin/domains/" + DOMAIN_ID + "/verification", Map.of("trouble", "true", "stage", ""))
                .expectStatus().isSeeOther().expectHeader().location("/admin/domains?trouble=true&checked");
        assertThat(only(DOMAIN, "POST", "/api/admin/domains/" + DOMAIN_ID + "/verification").body()).isEmpty();

        DOMAIN.answer("POST", "/api/admin/domains/" + DOMAIN_ID + "/verification", AdminPages.problem(409,
                "conflict", "This domain is being checked now", ""));
        post(web, "/admin/domains/" + DOMAIN_ID + "/verification", Map.of()).expectStatus().isEqualTo(409)
                .expectBody(String.class).value(html -> assertThat(html).contains("This domain is being checked now"));
    }

    @Test
    void domain_service_down_is_503_with_the_list_unavailable() {
        DOMAIN.answer("GET", "/api/admin/domains", AdminPages.down());

        assertThat(page(web, "/admin/domains", 503)).contains("Domains are temporarily unavailable.");
    }
}
