package io.accountsuite.platform.metrics;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import io.accountsuite.platform.autoconfigure.PlatformMessagingAutoConfiguration;
import io.accountsuite.platform.autoconfigure.PlatformSessionsAutoConfiguration;
import io.accountsuite.platform.security.sessions.SessionRevocations;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.test.context.NestedTestConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code platform.metrics.exemplars}: a real application (the platform's defaults, tracing every request, no
 * broker) answers a request carrying a sampled {@code traceparent}, then is scraped as Prometheus scrapes it, in
 * OpenMetrics. By default no sample carries an exemplar ({@code # {trace_id=…}}), which Prometheus before 2.43
 * refuses on counters; set to true, the request's trace id is attached as Spring Boot does it.
 */
class ExemplarsIT {

    private static final String OPEN_METRICS = "application/openmetrics-text";
    private static final String EXEMPLAR = " # {";
    private static final String NAME = "spring.application.name=exemplars-test";
    private static final String EVERY_REQUEST_TRACED = "management.tracing.sampling.probability=1.0";
    /** The platform's readiness group names the broker's contributors, which this application leaves out. */
    private static final String NO_BROKER_HEALTH = "management.endpoint.health.validate-group-membership=false";

    @Nested
    @NestedTestConfiguration(NestedTestConfiguration.EnclosingConfiguration.OVERRIDE)
    @SpringBootTest(classes = TracedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = {NAME, EVERY_REQUEST_TRACED, NO_BROKER_HEALTH})
    class ByDefault {

        @Autowired
        Environment environment;

        @Test
        void no_sample_carries_an_exemplar_even_after_a_sampled_request() throws Exception {
            String traceId = tracedRequest(environment);

            String scrape = scrape(environment);

            assertThat(scrape).as("the request was timed").contains("http_server_requests_seconds_count{");
            assertThat(scrape).doesNotContain(EXEMPLAR).doesNotContain(traceId);
        }
    }

    @Nested
    @NestedTestConfiguration(NestedTestConfiguration.EnclosingConfiguration.OVERRIDE)
    @SpringBootTest(classes = TracedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = {NAME, EVERY_REQUEST_TRACED, NO_BROKER_HEALTH, "platform.metrics.exemplars=true"})
    class TurnedOn {

        @Autowired
        Environment environment;

        @Test
        void the_sampled_requests_trace_id_is_attached_as_an_exemplar() throws Exception {
            String traceId = tracedRequest(environment);

            assertThat(scrape(environment)).contains(EXEMPLAR + "span_id=").contains("trace_id=\"" + traceId + "\"");
        }
    }

    /** Sends a request with a sampled trace of its own and answers that trace's id. */
    private static String tracedRequest(Environment environment) throws IOException, InterruptedException {
        String traceId = hex(16);
        HttpRequest request = HttpRequest.newBuilder(url(environment, "/actuator/health/liveness"))
                .header("traceparent", "00-" + traceId + "-" + hex(8) + "-01").build();
        assertThat(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode())
                .isEqualTo(200);
        return traceId;
    }

    private static String scrape(Environment environment) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(url(environment, "/actuator/prometheus"))
                .header("Accept", "application/openmetrics-text; version=1.0.0").build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith(OPEN_METRICS);
        return response.body();
    }

    private static URI url(Environment environment, String path) {
        return URI.create("http://127.0.0.1:" + environment.getRequiredProperty("local.server.port") + path);
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    /**
     * Every platform auto-configuration but the broker's: the session cut-offs are kept in memory and never read
     * from Kafka.
     */
    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration(exclude = {KafkaAutoConfiguration.class, PlatformMessagingAutoConfiguration.class,
            PlatformSessionsAutoConfiguration.class})
    static class TracedApplication {

        @Bean
        SessionRevocations sessionRevocations(Clock clock) {
            return new SessionRevocations(clock);
        }
    }
}
