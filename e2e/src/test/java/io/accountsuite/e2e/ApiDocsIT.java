package io.accountsuite.e2e;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static io.accountsuite.e2e.RunningSuite.call;
import static io.accountsuite.e2e.RunningSuite.gateway;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public API's description, from the real services: every route the gateway serves is described (the gateway
 * compares its route predicates with the merged paths: {@code x-undocumented-routes}), every service's part was
 * read, and nothing the gateway does not publish is in it.
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
}
