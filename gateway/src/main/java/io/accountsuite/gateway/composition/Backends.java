package io.accountsuite.gateway.composition;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.problem.ProblemType;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedBulkheadMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.reactor.bulkhead.operator.BulkheadOperator;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;

/**
 * The page's calls to the services, each through a time limit, a circuit breaker and a bulkhead of its backend.
 * A call never fails: it answers a {@link Block}. A 404 (or 403) is a normal answer, "nothing there", and does
 * not count against the backend's breaker; a timeout, a 5xx or a refused connection makes the block unavailable.
 */
@Component
public class Backends {

    private static final Duration RELAY_TIMEOUT = Duration.ofSeconds(10);

    private final Map<String, WebClient> clients;
    private final CircuitBreakerRegistry breakers;
    private final BulkheadRegistry bulkheads;
    private final MeterRegistry meters;

    public Backends(WebClient.Builder builder, BackendUrls urls, CompositionProperties properties,
                    MeterRegistry meters) {
        this.clients = urls.byName().entrySet().stream().collect(Collectors.toUnmodifiableMap(
                Map.Entry::getKey, e -> builder.clone().baseUrl(e.getValue().toString()).build()));
        this.breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .failureRateThreshold(properties.failureRate())
                .slidingWindowSize(properties.window())
                .minimumNumberOfCalls(properties.window())
                .waitDurationInOpenState(properties.openFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                .recordException(Backends::isFailure)
                .build());
        this.bulkheads = BulkheadRegistry.of(BulkheadConfig.custom()
                .maxConcurrentCalls(properties.maxConcurrent()).maxWaitDuration(Duration.ZERO).build());
        this.meters = meters;
        clients.keySet().forEach(name -> {
            breakers.circuitBreaker(name);
            bulkheads.bulkhead(name);
        });
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(meters);
        TaggedBulkheadMetrics.ofBulkheadRegistry(bulkheads).bindTo(meters);
    }

    /** GETs a backend path as the caller, within {@code timeout}. */
    public Mono<Block> get(String backend, String path, String token, Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            return Mono.just(Block.unavailable());
        }
        CircuitBreaker breaker = breakers.circuitBreaker(backend);
        Bulkhead bulkhead = bulkheads.bulkhead(backend);
        Timer.Sample sample = Timer.start(meters);
        return clients.get(backend).get().uri(path).headers(h -> h.setBearerAuth(token))
                .retrieve().bodyToMono(Object.class)
                .timeout(timeout)
                .transformDeferred(CircuitBreakerOperator.of(breaker))
                .transformDeferred(BulkheadOperator.of(bulkhead))
                .map(Block::ok)
                .onErrorResume(e -> Mono.just(isFailure(e) ? Block.unavailable() : Block.none()))
                .doOnNext(block -> sample.stop(Timer.builder("gateway.composition.calls")
                        .description("backend calls made to compose the account page")
                        .tag("backend", backend).tag("outcome", block.status()).register(meters)));
    }

    /**
     * Passes a write on to a backend as the caller and answers the backend's own status and body, for the few
     * writes the gateway must see the answer of. Not retried: a write may not be idempotent.
     */
    public Mono<ResponseEntity<byte[]>> relay(String backend, HttpMethod method, String path, String token,
                                              Object body) {
        var request = clients.get(backend).method(method).uri(path).headers(h -> h.setBearerAuth(token));
        var withBody = body == null ? request : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body);
        return withBody.exchangeToMono(response -> response.toEntity(byte[].class).map(Backends::answerOnly))
                .timeout(RELAY_TIMEOUT)
                .onErrorMap(e -> !(e instanceof ApiProblem), e -> ProblemType.SERVICE_UNAVAILABLE.problem(
                        "The " + backend + " service did not answer; check the result before trying again"));
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
    void resetBreakers() {
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
    }

    public CircuitBreaker.State state(String backend) {
        return breakers.circuitBreaker(backend).getState();
    }

    /** Only trouble on the backend's side counts: its 4xx answers are answers. */
    private static boolean isFailure(Throwable error) {
        return !(error instanceof WebClientResponseException response && response.getStatusCode().is4xxClientError()
                && response.getStatusCode().value() != HttpStatus.TOO_MANY_REQUESTS.value());
    }

}
