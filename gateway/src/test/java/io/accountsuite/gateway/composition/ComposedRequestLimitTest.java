package io.accountsuite.gateway.composition;

import java.security.Principal;
import java.time.Duration;

import io.accountsuite.platform.problem.ProblemResponses;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ComposedRequestLimitTest {

    private final ComposedRequestLimit limit = new ComposedRequestLimit(new CompositionProperties(
            Duration.ofMillis(800), 2), new ProblemResponses(JsonMapper.builder().build()));
    /** Every request the limit lets through waits here until the test finishes it. */
    private final Sinks.Empty<Void> backends = Sinks.empty();
    private final WebFilterChain chain = exchange -> backends.asMono();

    @Test
    void a_customer_past_the_limit_gets_429_at_once_while_others_and_other_paths_go_on() {
        Disposable first = start(exchange("ann", "/api/account"));
        Disposable second = start(exchange("ann", "/account"));

        ServerWebExchange third = exchange("ann", "/api/account/export");
        start(third);
        assertThat(third.getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(third.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("1");

        ServerWebExchange bob = exchange("bob", "/api/account");
        start(bob);
        ServerWebExchange routed = exchange("ann", "/api/memberships");
        start(routed);
        assertThat(bob.getResponse().getStatusCode()).isNull();
        assertThat(routed.getResponse().getStatusCode()).as("only composed requests are limited").isNull();

        first.dispose(); // a page given up on by its client frees its place too
        ServerWebExchange again = exchange("ann", "/api/account");
        start(again);
        assertThat(again.getResponse().getStatusCode()).isNull();
        second.dispose();
    }

    @Test
    void places_are_freed_when_the_pages_finish() {
        start(exchange("ann", "/api/account"));
        start(exchange("ann", "/api/account"));
        backends.tryEmitEmpty();

        ServerWebExchange later = exchange("ann", "/api/account");
        start(later);
        assertThat(later.getResponse().getStatusCode()).isNull();
    }

    private Disposable start(ServerWebExchange exchange) {
        return limit.filter(exchange, chain).subscribe();
    }

    private static ServerWebExchange exchange(String customer, String path) {
        Principal principal = () -> customer;
        return MockServerWebExchange.from(MockServerHttpRequest.get(path)).mutate()
                .principal(Mono.just(principal)).build();
    }
}
