package io.accountsuite.gateway.admin;

import java.util.Map;
import java.util.UUID;

import io.accountsuite.gateway.GatewayTest;
import io.accountsuite.gateway.GatewayTestBackends;
import io.accountsuite.gateway.security.TokenCookies;
import io.accountsuite.testkit.StubBackend.Answer;
import io.accountsuite.testkit.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static io.accountsuite.gateway.GatewayTestBackends.DOMAIN;
import static io.accountsuite.gateway.GatewayTestBackends.NOTIFICATION;
import static io.accountsuite.gateway.GatewayTestBackends.SITE;
import static org.assertj.core.api.Assertions.assertThat;

/** The admin's settings page (issue 20): who may open it, what it shows, and saving through the composed API. */
@GatewayTest
class AdminSettingsPageIT {

    private static final String CSRF = "csrf-token-value";
    private static final String ADMIN = TestTokens.accessToken(UUID.randomUUID(), "admin");

    @Autowired WebTestClient web;

    @BeforeEach
    void settings() {
        GatewayTestBackends.resetAll();
        SITE.answer("GET", "/api/admin/settings/sites", Answer.json(200, "{\"allowTemplateSwitching\":false}"));
        DOMAIN.answer("GET", "/api/admin/settings/domains", Answer.json(200, "{\"domainMappingEnabled\":true,"
                + "\"addDomainInstructions\":\"Point a CNAME at %NETWORK_DOMAIN% or an A record at %NETWORK_IP%.\","
                + "\"networkDomain\":\"sites.example\",\"networkIp\":\"203.0.113.10\",\"networkIpv6\":null,"
                + "\"checkIntervalSeconds\":60,\"dnsAttempts\":10,\"sslAttempts\":5,\"allowPlainHttp\":false}"));
        NOTIFICATION.answer("GET", "/api/admin/settings/notifications", Answer.json(200,
                "{\"senderName\":\"Sites\",\"senderAddress\":\"hello@sites.example\"}"));
    }

    @Test
    void a_customer_gets_403_and_a_visitor_is_sent_to_sign_in() {
        web.get().uri("/admin/settings").exchange().expectStatus().is3xxRedirection()
                .expectHeader().location("/login");
        web.get().uri("/admin/settings").cookie(TokenCookies.ACCESS, TestTokens.accessToken(UUID.randomUUID()))
                .exchange().expectStatus().isForbidden();
        web.get().uri("/admin").cookie(TokenCookies.ACCESS, TestTokens.accessToken(UUID.randomUUID()))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void the_admin_reads_every_setting_with_the_instructions_as_customers_will_read_them() {
        web.get().uri("/admin").cookie(TokenCookies.ACCESS, ADMIN).exchange().expectStatus().is3xxRedirection()
                .expectHeader().location("/admin/overview");
        String html = web.get().uri("/admin/settings").cookie(TokenCookies.ACCESS, ADMIN).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        assertThat(html).contains("<label for=\"networkDomain\">").contains("value=\"sites.example\"")
                .contains("value=\"203.0.113.10\"").contains("value=\"hello@sites.example\"")
                .contains("Point a CNAME at sites.example or an A record at 203.0.113.10.")
                .contains("id=\"domainMappingEnabled\" name=\"domainMappingEnabled\" checked")
                .doesNotContain("name=\"allowTemplateSwitching\" checked")
                .contains("/js/admin-settings.js");
        assertThat(html.substring(html.indexOf("id=\"settings-form\""))).contains("name=\"_csrf\"");
    }

    @Test
    void saving_sends_each_part_to_its_service_and_a_refusal_comes_back_beside_its_field() {
        SITE.answer("PUT", "/api/admin/settings/sites", Answer.json(200, "{}"));
        DOMAIN.answer("PUT", "/api/admin/settings/domains", Answer.json(200, "{}"));
        NOTIFICATION.answer("PUT", "/api/admin/settings/notifications", Answer.json(200, "{}"));

        save(Map.of("allowTemplateSwitching", "on", "domainMappingEnabled", "on", "networkDomain", "n.example",
                "networkIp", "203.0.113.20", "addDomainInstructions", "CNAME to %NETWORK_DOMAIN%",
                "senderName", "Sites", "senderAddress", "hello@n.example"))
                .expectStatus().isSeeOther().expectHeader().location("/admin/settings?saved");
        assertThat(SITE.requests("PUT", "/api/admin/settings/sites").get(0).body())
                .isEqualTo("{\"allowTemplateSwitching\":true}");
        assertThat(DOMAIN.requests("PUT", "/api/admin/settings/domains").get(0).body())
                .contains("\"networkDomain\":\"n.example\"").contains("\"dnsAttempts\":10")
                .contains("\"addDomainInstructions\":\"CNAME to %NETWORK_DOMAIN%\"");
        assertThat(NOTIFICATION.requests("PUT", "/api/admin/settings/notifications").get(0).body())
                .isEqualTo("{\"senderName\":\"Sites\",\"senderAddress\":\"hello@n.example\"}");

        DOMAIN.answer("PUT", "/api/admin/settings/domains", new Answer(400, "{\"status\":400,\"detail\":\"Some fields"
                + " are invalid\",\"errors\":[{\"field\":\"networkDomain\",\"message\":\"must be a host name\"}]}",
                Map.of("Content-Type", "application/problem+json")));
        save(Map.of("networkDomain", "NOT VALID", "senderName", "Sites", "senderAddress", "hello@n.example"))
                .expectStatus().isBadRequest().expectBody(String.class).value(html -> assertThat(html)
                        .contains("must be a host name").contains("value=\"NOT VALID\"")
                        .contains("aria-invalid=\"true\""));
        assertThat(SITE.requests("PUT", "/api/admin/settings/sites")).hasSize(1);
    }

    private WebTestClient.ResponseSpec save(Map<String, String> fields) {
        var form = BodyInserters.fromFormData("_csrf", CSRF);
        fields.forEach(form::with);
        return web.post().uri("/admin/settings").cookie(TokenCookies.ACCESS, ADMIN).cookie("XSRF-TOKEN", CSRF)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).exchange();
    }
}
