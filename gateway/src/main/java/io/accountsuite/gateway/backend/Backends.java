package io.accountsuite.gateway.backend;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.problem.Message;
import io.accountsuite.platform.problem.ProblemType;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.jspecify.annotations.Nullable;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreaker;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.DefaultClientRequestObservationConvention;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * The transport under the typed clients: a GET never fails but answers a {@link Block}, within its time limit and
 * through its backend's circuit breaker and bulkhead; a relayed write answers the backend's own status and body.
 * Paths are URI templates with variables, so WebClient's own observation times each call by template, not by id,
 * under a name of its own ({@value #OBSERVATION}): Prometheus keeps one set of tag keys per meter name, and the
 * routes' {@code http.client.requests} (tagged by route) would otherwise shadow these.
 */
@Component
public class Backends {

    /** The meter of the typed clients' calls: {@code gateway_backend_requests_seconds{client_name, uri, …}}. */
    static final String OBSERVATION = "gateway.backend.requests";

    private static final Duration RELAY_TIMEOUT = Duration.ofSeconds(10);

    private final Map<Backend, WebClient> clients = new EnumMap<>(Backend.class);
    private final Map<Backend, ReactiveCircuitBreaker> guards = new EnumMap<>(Backend.class);
    private final ReactiveResilience4JCircuitBreakerFactory breakers;

    Backends(WebClient.Builder builder, BackendUrls urls, ReactiveResilience4JCircuitBreakerFactory breakers,
             BreakerProperties settings) {
        for (Backend backend : Backend.values()) {
            clients.put(backend, builder.clone().baseUrl(urls.url(backend).toString())
                    .observationConvention(new DefaultClientRequestObservationConvention(OBSERVATION)).build());
            guards.put(backend, breakers.create(backend.id()));
            // Spring Cloud creates the breaker itself only at the backend's first call; create it now, as that call
            // would (its id as its group, the same settings), so that its metrics exist from start-up for the
            // alerts PageBackendBreakerOpen and PageBlocksUnavailable, and state() never creates one with
            // Resilience4j's defaults instead of these.
            breakers.getCircuitBreakerRegistry().circuitBreaker(backend.id(), BreakerSettings.breaker(settings),
                    Map.of("group", backend.id()));
        }
        this.breakers = breakers;
    }

    /**
     * GETs {@code path} (a URI template, expanded with {@code variables}) as the caller within {@code timeout}: a
     * 2xx is {@code ok}, a 4xx {@code none}, anything else {@code unavailable}.
     */
    public Mono<Block> get(Backend backend, String token, Duration timeout, String path, Object... variables) {
        Mono<Block> call = clients.get(backend).get().uri(path, variables).headers(h -> h.setBearerAuth(token))
                .retrieve().bodyToMono(Object.class)
                .timeout(timeout)
                .map(Block::ok);
        return guards.get(backend).run(call, Block::failed);
    }

    /**
     * GETs {@code path} anonymously within {@code timeout} and answers the body of a 2xx; anything else is an error.
     * Not through the backend's breaker: a read that only documents the API must neither open nor be refused by the
     * breaker that guards the page's calls.
     */
    public Mono<byte[]> read(Backend backend, Duration timeout, String path) {
        return clients.get(backend).get().uri(path).retrieve().bodyToMono(byte[].class).timeout(timeout);
    }

    /**
     * Passes a write on to a backend as the caller (anonymously when {@code token} is null) and answers the
     * backend's own status and body, for the writes the gateway must see the answer of. Not retried: a write may not
     * be idempotent. A backend that does not answer within 10 s is a 503 {@code service-unavailable}.
     */
    public Mono<ResponseEntity<byte[]>> relay(Backend backend, HttpMethod method, @Nullable String token,
                                              @Nullable Object body, String path, Object... variables) {
        var request = clients.get(backend).method(method).uri(path, variables).headers(h -> {
            if (token != null) {
                h.setBearerAuth(token);
            }
        });
        var withBody = body == null ? request : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body);
        return withBody.exchangeToMono(response -> response.toEntity(byte[].class).map(Backends::answerOnly))
                .timeout(RELAY_TIMEOUT)
                .onErrorMap(e -> !(e instanceof ApiProblem), e -> ProblemType.SERVICE_UNAVAILABLE.problem(
                        Message.of("gateway.relay.no-answer", backend.id())));
    }

    /** The backend's status, body and the headers that describe them; hop-by-hop headers stay behind. */
    private static ResponseEntity<byte[]> answerOnly(ResponseEntity<byte[]> answer) {
        var builder = ResponseEntity.status(answer.getStatusCode());
        for (String header : new String[] {HttpHeaders.CONTENT_TYPE, HttpHeaders.RETRY_AFTER, HttpHeaders.LOCATION}) {
            String value = answer.getHeaders().getFirst(header);
            if (value != null) {
                builder.header(header, value);
            }
        }
        return builder.body(answer.getBody());
    }

    /** Closes every breaker and forgets its history (tests start from a clean slate). */
    public void resetBreakers() {
        breakers.getCircuitBreakerRegistry().getAllCircuitBreakers().forEach(CircuitBreaker::reset);
    }

    public CircuitBreaker.State state(Backend backend) {
        return breakers.getCircuitBreakerRegistry().circuitBreaker(backend.id()).getState();
    }
}
