package io.accountsuite.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static io.accountsuite.e2e.RunningSuite.call;
import static io.accountsuite.e2e.RunningSuite.gateway;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public API's description, from the real services: every route the gateway serves is described (the gateway
 * compares its route predicates with the merged paths: {@code x-undocumented-routes}), every service's part was
 * read, nothing the gateway does not publish is in it, and every operation has a summary (its handler's Javadoc) and
 * the refusals specific to it.
 */
@ExtendWith(RunningSuite.class)
class ApiDocsIT {

    @Test
    @SuppressWarnings("unchecked")
    void every_route_the_gateway_serves_is_described_and_nothing_internal_is() {
        var description = call("GET", gateway("/api/docs/openapi.json"), null, null);

        assertThat(description.status()).isEqualTo(200);
        assertThat((List<Object>) description.body().get("x-unavailable")).as("services not read").isEmpty();
        assertThat((List<Object>) description.body().get("x-undocumented-routes")).as("routes with no description")
                .isEmpty();
        var paths = (Map<String, Object>) description.body().get("paths");
        assertThat(paths).containsKeys("/api/account", "/api/account/export", "/api/account/events",
                "/api/admin/settings", "/api/admin/audit", "/api/auth/login", "/api/billing/overview");
        assertThat(paths.keySet()).noneMatch(path -> path.endsWith("/domains/entitlement")
                || path.contains("signing-keys") || path.endsWith("/posts") || path.endsWith("/visits")
                || path.startsWith("/internal"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_operation_says_what_it_does_and_the_refusals_specific_to_it() {
        var paths = (Map<String, Map<String, Object>>) call("GET", gateway("/api/docs/openapi.json"), null, null)
                .body().get("paths");

        List<String> unsummarised = new ArrayList<>();
        paths.forEach((path, item) -> item.forEach((method, operation) -> {
            if (operation instanceof Map<?, ?> op && op.containsKey("responses")
                    && (op.get("summary") == null || op.get("summary").toString().isBlank())) {
                unsummarised.add(method.toUpperCase(Locale.ROOT) + " " + path);
            }
        }));
        assertThat(unsummarised).as("operations with no summary (the handler's Javadoc)").isEmpty();
        assertThat(responses(paths, "/api/auth/login", "post")).containsKeys("200", "401", "429");
        assertThat(responses(paths, "/api/billing/invoices/{id}/payment", "post"))
                .containsKeys("200", "202", "402", "409");
        assertThat((Map<String, Object>) responses(paths, "/api/billing/invoices/{id}/payment", "post").get("402"))
                .extractingByKey("content").asString().contains("application/problem+json");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> responses(Map<String, Map<String, Object>> paths, String path, String method) {
        return (Map<String, Object>) ((Map<String, Object>) paths.get(path).get(method)).get("responses");
    }
}
