package io.accountsuite.gateway.admin;

import java.util.UUID;

import io.accountsuite.gateway.GatewayTest;
import io.accountsuite.gateway.GatewayTestBackends;
import io.accountsuite.gateway.backend.Backends;
import io.accountsuite.gateway.security.TokenCookies;
import io.accountsuite.testkit.StubBackend.Answer;
import io.accountsuite.testkit.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static io.accountsuite.gateway.GatewayTestBackends.BILLING;
import static io.accountsuite.gateway.GatewayTestBackends.DOMAIN;
import static io.accountsuite.gateway.GatewayTestBackends.MEMBERSHIP;
import static io.accountsuite.gateway.admin.AdminPages.page;
import static org.assertj.core.api.Assertions.assertThat;

/** The admin's overview (issue 20), and who may open the admin pages at all. */
@GatewayTest
class AdminOverviewPageIT {

    @Autowired WebTestClient web;
    @Autowired Backends backends;

    @BeforeEach
    void summaries() {
        GatewayTestBackends.resetAll();
        backends.resetBreakers();
        MEMBERSHIP.answer("GET", "/api/admin/memberships/summary", Answer.json(200, "{\"counts\":{\"pending\":2,"
                + "\"trialing\":1,\"active\":3,\"on-hold\":4,\"expired\":0,\"cancelled\":1},\"monthlyRecurringRevenue\":"
                + "[{\"amount\":\"30.00\",\"currency\":\"EUR\"},{\"amount\":\"12.50\",\"currency\":\"USD\"}]}"));
        BILLING.answer("GET", "/api/admin/invoices/summary", Answer.json(200, "{\"counts\":{\"pending\":1,"
                + "\"completed\":9,\"refunded\":0,\"partially-refunded\":0,\"failed\":7,\"cancelled\":0},"
                + "\"failedPayments\":7}"));
        DOMAIN.answer("GET", "/api/admin/domains/summary", Answer.json(200, "{\"counts\":{\"checking-dns\":1,"
                + "\"checking-ssl-cert\":0,\"done\":5,\"failed\":1,\"ssl-failed\":1,\"done-without-ssl\":0},"
                + "\"inTrouble\":5}"));
    }

    @Test
    void admin_leads_to_the_overview_with_every_figure_and_links_to_the_lists_behind_them() {
        web.get().uri("/admin").cookie(TokenCookies.ACCESS, AdminPages.ADMIN).exchange()
                .expectStatus().is3xxRedirection().expectHeader().location("/admin/overview");
        String html = page(web, "/admin/overview", 200);

        assertThat(html).contains("<dd id=\"count-active\">3</dd>").contains("<dd id=\"count-trialing\">1</dd>")
                .contains("<dd id=\"count-on-hold\">4</dd>").contains("<dd id=\"count-pending\">2</dd>")
                .contains("€30.00").contains("$12.50")
                .contains("<span class=\"figure\">7</span>").contains("href=\"/admin/invoices?status=failed\"")
                .contains("<span class=\"figure\">5</span>").contains("href=\"/admin/domains?trouble=true\"")
                .contains("aria-current=\"page\">Overview</a>")
                .doesNotContain("temporarily unavailable");
    }

    @Test
    void a_service_that_does_not_answer_costs_only_its_own_figures_and_the_page_answers_503() {
        BILLING.answer("GET", "/api/admin/invoices/summary", AdminPages.down());

        String html = page(web, "/admin/overview", 503);

        String failed = html.substring(html.indexOf("id=\"failed-payments\""), html.indexOf("id=\"domains-in-trouble\""));
        assertThat(failed).contains("temporarily unavailable").doesNotContain("/admin/invoices?status=failed");
        assertThat(html).contains("<dd id=\"count-active\">3</dd>").contains("href=\"/admin/domains?trouble=true\"");
    }

    @Test
    void a_customer_who_opens_an_admin_page_in_a_browser_reads_a_403_page_and_api_callers_keep_problem_json() {
        String customer = TestTokens.accessToken(UUID.randomUUID());
        for (String path : new String[] {"/admin", "/admin/overview", "/admin/customers/new"}) {
            web.get().uri(path).cookie(TokenCookies.ACCESS, customer).accept(MediaType.TEXT_HTML).exchange()
                    .expectStatus().isForbidden().expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                    .expectBody(String.class).value(html -> assertThat(html)
                            .contains("This page is for network admins").contains("href=\"/account\""));
        }
        web.get().uri("/admin/overview").cookie(TokenCookies.ACCESS, customer).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/admin/audit").cookie(TokenCookies.ACCESS, customer).accept(MediaType.TEXT_HTML)
                .exchange().expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/admin/overview").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().is3xxRedirection().expectHeader().location("/login");
    }
}
