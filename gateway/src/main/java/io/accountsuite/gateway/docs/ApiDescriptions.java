package io.accountsuite.gateway.docs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.accountsuite.gateway.backend.Backend;
import io.accountsuite.gateway.backend.BackendUrls;
import io.accountsuite.gateway.backend.Backends;
import io.accountsuite.platform.apidocs.ApiDocsProperties;
import org.springframework.cloud.gateway.route.RouteDefinitionLocator;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The public API's description, merged at request time from every service's own ({@code /internal/api-docs}, read
 * through {@link Backends} within {@code gateway.api-docs.timeout} and kept for {@code gateway.api-docs.cache-for})
 * and the gateway's: only the operations the gateway publishes (its routes, and its own {@code /api/**}
 * endpoints). A service that does not answer leaves its paths out and is named in {@code x-unavailable}; the
 * routes no description covers are named in {@code x-undocumented-routes} (empty when every route is described).
 */
@Component
class ApiDescriptions {

    private final Map<Backend, Mono<JsonNode>> descriptions = new EnumMap<>(Backend.class);
    private final RouteDefinitionLocator routes;
    private final BackendUrls urls;
    private final ApiDocsProperties properties;

    ApiDescriptions(Backends backends, ApiDocsSettings settings, JsonMapper json, RouteDefinitionLocator routes,
                    BackendUrls urls, ApiDocsProperties properties) {
        for (Backend backend : Backend.values()) {
            descriptions.put(backend, backends.read(backend, settings.timeout(), ApiDocsProperties.PATH)
                    .map(body -> json.readTree(body))
                    .cache(read -> settings.cacheFor(), failure -> Duration.ZERO, () -> Duration.ZERO));
        }
        this.routes = routes;
        this.urls = urls;
        this.properties = properties;
    }

    /** The merged description, given the gateway's own; never fails for a service that is down. */
    Mono<ObjectNode> merged(JsonNode gateway) {
        return routes.getRouteDefinitions().collectList().map(definitions -> PublishedRoutes.of(definitions, urls))
                .zipWith(Flux.fromArray(Backend.values()).concatMap(this::read).collectList())
                .map(t -> merge(gateway, t.getT1(), t.getT2()));
    }

    private Mono<Map.Entry<Backend, Optional<JsonNode>>> read(Backend backend) {
        return descriptions.get(backend).map(Optional::of)
                .onErrorResume(failure -> Mono.just(Optional.empty()))
                .defaultIfEmpty(Optional.empty())
                .map(description -> Map.entry(backend, description));
    }

    private ObjectNode merge(JsonNode gateway, List<PublishedRoutes> published,
                             List<Map.Entry<Backend, Optional<JsonNode>>> read) {
        List<ApiDescriptionMerge.Part> parts = new ArrayList<>();
        parts.add(new ApiDescriptionMerge.Part("gateway", gateway,
                (method, path) -> path.startsWith("/api/") && !path.startsWith(ApiDocsController.PAGE)));
        List<String> unavailable = new ArrayList<>();
        for (var entry : read) {
            Backend backend = entry.getKey();
            entry.getValue().ifPresentOrElse(description -> parts.add(new ApiDescriptionMerge.Part(backend.id(),
                            description, (method, path) -> published.stream().anyMatch(route ->
                            route.backend() == backend && route.publishes(method, path)))),
                    () -> unavailable.add(backend.id()));
        }
        ObjectNode merged = ApiDescriptionMerge.merge(properties.title(), properties.version(), parts, unavailable);
        var documented = ApiDescriptionMerge.operations(merged);
        var undocumented = merged.putArray("x-undocumented-routes");
        published.stream().filter(route -> !unavailable.contains(route.backend().id()))
                .flatMap(route -> route.undocumented(documented).stream()).forEach(undocumented::add);
        return merged;
    }
}
