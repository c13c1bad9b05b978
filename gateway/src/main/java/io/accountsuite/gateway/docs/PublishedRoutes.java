package io.accountsuite.gateway.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.accountsuite.gateway.backend.Backend;
import io.accountsuite.gateway.backend.BackendUrls;
import org.springframework.cloud.gateway.handler.predicate.PredicateDefinition;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.http.server.PathContainer;
import org.springframework.util.StringUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The paths the gateway routes to a service, read from its route definitions ({@code application.yml}): each
 * route's {@code Path} patterns, limited to its {@code Method}s if it names any, and the backend its URI points at.
 *
 * @param backend  the service the route reaches
 * @param patterns the route's path patterns ({@code /api/sites/*}/domains)
 * @param methods  upper-case HTTP methods; empty for every method
 */
record PublishedRoutes(Backend backend, List<String> patterns, Set<String> methods) {

    static List<PublishedRoutes> of(List<RouteDefinition> routes, BackendUrls urls) {
        List<PublishedRoutes> published = new ArrayList<>();
        for (RouteDefinition route : routes) {
            for (Backend backend : Backend.values()) {
                if (urls.url(backend).equals(route.getUri())) {
                    published.add(new PublishedRoutes(backend, args(route, "Path"),
                            args(route, "Method").stream().map(m -> m.toUpperCase(Locale.ROOT))
                                    .collect(Collectors.toSet())));
                }
            }
        }
        return published;
    }

    private static List<String> args(RouteDefinition route, String predicate) {
        return route.getPredicates().stream().filter(p -> p.getName().equals(predicate))
                .map(PredicateDefinition::getArgs).flatMap(args -> args.values().stream())
                .flatMap(value -> StringUtils.commaDelimitedListToSet(value).stream()).map(String::strip).toList();
    }

    /** Whether {@code method path} (a documented path such as {@code /api/sites/{id}/domains}) goes this way. */
    boolean publishes(String method, String path) {
        if (!methods.isEmpty() && !methods.contains(method.toUpperCase(Locale.ROOT))) {
            return false;
        }
        PathContainer container = PathContainer.parsePath(path);
        return patterns.stream().map(PathPatternParser.defaultInstance::parse)
                .anyMatch(pattern -> pattern.matches(container));
    }

    /**
     * The patterns no documented operation matches, each as {@code [METHOD ]pattern}.
     *
     * @param documented the documented operations, each as {@code METHOD path}
     */
    List<String> undocumented(Set<String> documented) {
        String prefix = methods.isEmpty() ? "" : String.join(",", methods) + " ";
        return patterns.stream().filter(pattern -> {
            PathPattern parsed = PathPatternParser.defaultInstance.parse(pattern);
            return documented.stream().noneMatch(operation -> {
                String[] methodAndPath = operation.split(" ", 2);
                return (methods.isEmpty() || methods.contains(methodAndPath[0]))
                        && parsed.matches(PathContainer.parsePath(methodAndPath[1]));
            });
        }).map(pattern -> prefix + pattern).toList();
    }
}
