package io.accountsuite.gateway.docs;

import java.util.ArrayList;
import java.util.List;

import io.accountsuite.gateway.GatewayTest;
import io.accountsuite.gateway.GatewayTestBackends;
import io.accountsuite.testkit.ApiDescriptionContract;
import io.accountsuite.testkit.StubBackend;
import io.accountsuite.testkit.StubBackend.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.gateway.route.RouteDefinitionLocator;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static io.accountsuite.gateway.GatewayTestBackends.BILLING;
import static io.accountsuite.gateway.GatewayTestBackends.DOMAIN;
import static io.accountsuite.gateway.GatewayTestBackends.IDENTITY;
import static io.accountsuite.gateway.GatewayTestBackends.MEMBERSHIP;
import static io.accountsuite.gateway.GatewayTestBackends.NOTIFICATION;
import static io.accountsuite.gateway.GatewayTestBackends.SITE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/docs}: the services' descriptions (stubbed here) merged into the one of what the gateway publishes,
 * for anyone, whatever is down. The real services' descriptions are checked against the routes end to end
 * (e2e ApiDocsE2EIT); here, that every route predicate is compared.
 */
@GatewayTest
@TestPropertySource(properties = "gateway.api-docs.cache-for=0s")
class ApiDocsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PATH = "/internal/api-docs";

    @Autowired WebTestClient web;
    @Autowired RouteDefinitionLocator routes;

    @BeforeEach
    void reset() {
        GatewayTestBackends.resetAll();
    }

    @Test
    void only_published_paths_are_merged_and_schemas_named_alike_but_different_are_kept_apart() {
        everyServiceDescribes("{\"openapi\":\"3.1.0\",\"paths\":{}}");
        BILLING.answer("GET", PATH, Answer.json(200, description("/api/billing/invoices", "get", "Money",
                "{\"type\":\"object\",\"properties\":{\"amount\":{\"type\":\"string\"}}}")));
        DOMAIN.answer("GET", PATH, Answer.json(200, """
                {"openapi":"3.1.0","paths":{
                  "/api/sites/{id}/domains/entitlement":{"get":{"responses":{}}},
                  "/api/sites/{id}/domains/{domainId}":{"get":{"responses":{}},"delete":{"responses":{}}},
                  "/api/domains/overview":{"get":{"responses":{"200":{"content":{"application/json":
                    {"schema":{"$ref":"#/components/schemas/Money"}}}}}}}},
                 "components":{"schemas":{"Money":{"type":"object","properties":{"cents":{"type":"integer"}}}}}}
                """));

        JsonNode merged = merged();
        assertThat(merged.path("openapi").asString()).isEqualTo("3.1.0");
        assertThat(merged.path("paths").has("/api/billing/invoices")).isTrue();
        assertThat(merged.path("paths").has("/api/domains/overview")).isTrue();
        // Not routed: the site runtime's entitlement read, and GET of a single domain (only DELETE is published).
        assertThat(merged.path("paths").has("/api/sites/{id}/domains/entitlement")).isFalse();
        assertThat(merged.path("paths").path("/api/sites/{id}/domains/{domainId}").has("get")).isFalse();
        assertThat(merged.path("paths").path("/api/sites/{id}/domains/{domainId}").has("delete")).isTrue();
        assertThat(merged.path("components").path("schemas").has("billing.Money")).isTrue();
        assertThat(merged.path("paths").path("/api/domains/overview").path("get").path("responses").path("200")
                .path("content").path("application/json").path("schema").path("$ref").asString())
                .isEqualTo("#/components/schemas/domain.Money");
        assertThat(merged.path("paths").path("/api/domains/overview").path("get").path("tags").get(0).asString())
                .isEqualTo("domain");
        // The gateway's own composed endpoints, from its own code.
        assertThat(merged.path("paths").has("/api/account")).isTrue();
        assertThat(merged.path("x-unavailable")).isEmpty();
    }

    @Test
    void every_operation_of_the_gateway_s_own_is_summarised() {
        everyServiceDescribes("{\"openapi\":\"3.1.0\",\"paths\":{}}");

        ApiDescriptionContract.assertEveryOperationSummarised(merged());
    }

    @Test
    void every_route_predicate_without_a_described_path_is_named_as_undocumented() {
        everyServiceDescribes("{\"openapi\":\"3.1.0\",\"paths\":{}}");
        BILLING.answer("GET", PATH, Answer.json(200, description("/api/billing/invoices", "get", "Money",
                "{\"type\":\"object\"}")));
        List<String> routePatterns = new ArrayList<>();
        routes.getRouteDefinitions().toStream().forEach(route -> route.getPredicates().stream()
                .filter(p -> p.getName().equals("Path")).flatMap(p -> p.getArgs().values().stream())
                .flatMap(value -> List.of(value.split(",")).stream()).forEach(routePatterns::add));

        List<String> undocumented = new ArrayList<>();
        merged().path("x-undocumented-routes").forEach(route -> undocumented.add(route.asString()));

        assertThat(routePatterns).hasSizeGreaterThan(50).contains("/api/billing/invoices");
        assertThat(undocumented).doesNotContain("/api/billing/invoices")
                .contains("DELETE /api/sites/*/domains/*", "/api/auth/login", "/api/memberships/*/change",
                        "/api/billing/invoices/*/payment", "/api/sites/*/template-switches/*",
                        "/api/account/email/verification", "/api/admin/domains/summary")
                .hasSizeGreaterThan(routePatterns.size() - 5);
    }

    @Test
    void a_service_that_is_down_or_hangs_is_named_and_the_rest_is_served() {
        everyServiceDescribes(description("/api/catalog", "get", "Plan", "{\"type\":\"object\"}"));
        BILLING.answer("GET", PATH, Answer.json(503, "{}"));
        SITE.answer("GET", PATH, Answer.json(200, "{}").after(java.time.Duration.ofSeconds(5)));

        JsonNode merged = merged();
        assertThat(merged.path("x-unavailable").toString()).contains("billing", "site");
        assertThat(merged.path("info").path("description").asString()).contains("billing, site");
        assertThat(merged.path("paths").has("/api/catalog")).isTrue();
    }

    @Test
    void the_page_is_public_and_reads_swagger_ui_from_the_gateway_itself() {
        String page = web.get().uri("/api/docs").accept(MediaType.TEXT_HTML).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("/webjars/swagger-ui/", "/js/api-docs.js", "/api/docs/openapi.json")
                .doesNotContain("https://");
        String script = page.replaceAll("(?s).*<script src=\"(/webjars/swagger-ui/[^\"]+)\".*", "$1");
        web.get().uri(script).exchange().expectStatus().isOk();
        web.get().uri("/js/api-docs.js").exchange().expectStatus().isOk();
    }

    @Test
    void the_gateway_s_own_springdoc_endpoint_is_not_public() {
        // A visitor is sent to sign in; nobody is let through.
        web.get().uri(PATH).exchange().expectStatus().is3xxRedirection();
    }

    private JsonNode merged() {
        return JSON.readTree(web.get().uri("/api/docs/openapi.json").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
    }

    private static void everyServiceDescribes(String description) {
        for (StubBackend stub : new StubBackend[] {IDENTITY, MEMBERSHIP, BILLING, SITE, DOMAIN, NOTIFICATION}) {
            stub.answer("GET", PATH, Answer.json(200, description));
        }
    }

    private static String description(String path, String method, String schemaName, String schema) {
        return "{\"openapi\":\"3.1.0\",\"paths\":{\"" + path + "\":{\"" + method + "\":{\"responses\":{\"200\":"
                + "{\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/" + schemaName
                + "\"}}}}}}}},\"components\":{\"schemas\":{\"" + schemaName + "\":" + schema + "}}}";
    }
}
