package io.accountsuite.gateway.composition;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.accountsuite.platform.problem.Message;
import io.accountsuite.platform.problem.ProblemResponses;
import io.accountsuite.platform.problem.ProblemType;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * At most {@code gateway.composition.max-in-flight-per-customer} composed requests of one customer at once: the page,
 * its JSON and the export each call every service, so one customer sending many together would fill the backends'
 * bulkheads, push their calls past the time limit and open their breakers, taking the page's blocks away from every
 * other customer (a breaking test did it with 75 parallel pages). Beyond the limit: 429 problem+json
 * {@code too-many-requests} with {@code Retry-After: 1}, before any backend is called (OWASP API Security Top 10
 * 2023, API4 unrestricted resource consumption). Counted per gateway instance; anonymous requests pass on to be
 * refused by security.
 */
@Component
@RequiredArgsConstructor
class ComposedRequestLimit implements WebFilter {

    private static final List<PathPattern> COMPOSED = List.of("/account", "/api/account", "/api/account/export")
            .stream().map(PathPatternParser.defaultInstance::parse).toList();

    private final CompositionProperties properties;
    private final ProblemResponses problems;
    /** Composed requests in flight by customer; a customer with none has no entry. */
    private final Map<String, Integer> inFlight = new ConcurrentHashMap<>();

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!HttpMethod.GET.equals(exchange.getRequest().getMethod()) || COMPOSED.stream()
                .noneMatch(pattern -> pattern.matches(exchange.getRequest().getPath().pathWithinApplication()))) {
            return chain.filter(exchange);
        }
        // Not switchIfEmpty: the filtered request itself completes empty.
        return exchange.getPrincipal().map(principal -> Optional.of(principal.getName()))
                .defaultIfEmpty(Optional.empty())
                .flatMap(customer -> customer.isPresent() ? limited(customer.get(), exchange, chain)
                        : chain.filter(exchange));
    }

    private Mono<Void> limited(String customer, ServerWebExchange exchange, WebFilterChain chain) {
        int limit = properties.maxInFlightPerCustomer();
        if (inFlight.merge(customer, 1, Integer::sum) > limit) {
            release(customer);
            return problems.write(exchange, ProblemType.TOO_MANY_REQUESTS.problem(
                    Message.of("gateway.page.too-many", limit)).header(HttpHeaders.RETRY_AFTER, "1"));
        }
        return chain.filter(exchange).doFinally(signal -> release(customer));
    }

    private void release(String customer) {
        inFlight.computeIfPresent(customer, (key, count) -> count == 1 ? null : count - 1);
    }
}
