package io.accountsuite.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.accountsuite.local.Application;
import io.accountsuite.local.LocalSuite;
import io.accountsuite.local.SuiteSettings;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import tools.jackson.databind.json.JsonMapper;

import static org.awaitility.Awaitility.await;

/**
 * The whole suite, started once for every end-to-end test class that extends with it and stopped when the test
 * run ends. Talks to it over HTTP like any client.
 */
public class RunningSuite implements BeforeAllCallback {

    // Fixed ports below Linux's ephemeral range (32768-60999), so no client socket of the build can hold one.

    public static final int PORT_BASE = 27080;
    static final int POSTGRES_PORT = 27432;
    public static final int KAFKA_PORT = 27092;
    /** Where the suite's domain-service asks DNS: a test server the domain journeys start on this port. */
    public static final int DNS_PORT = 27053;
    /** Where it looks for the domains' TLS certificates: nothing listens there, so TLS checks keep failing. */
    static final int TLS_PORT = 27443;
    /** Where every application reports its spans (Zipkin v2 API). */
    static final int SPAN_COLLECTOR_PORT = 27411;

    private static final HttpClient HTTP = httpClient();
    private static volatile SpanCollector spans;
    private static volatile LocalSuite suite;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public void beforeAll(ExtensionContext context) {
        ExtensionContext.Store store = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL);
        store.computeIfAbsent(SpanCollector.class, key -> {
            try {
                spans = SpanCollector.start(SPAN_COLLECTOR_PORT);
                return spans;
            } catch (IOException e) {
                throw new IllegalStateException("the span collector did not start", e);
            }
        }, SpanCollector.class);
        store.computeIfAbsent(LocalSuite.class, key -> {
            try {
                SuiteSettings settings = SuiteSettings.defaults(SuiteSettings.findRoot(Path.of("").toAbsolutePath()))
                        .withDataDir(Path.of("target/running-suite").toAbsolutePath())
                        .withFresh(true)
                        .withReadyTimeout(Duration.ofMinutes(5))
                        .withPortBase(PORT_BASE)
                        .withInfrastructurePorts(POSTGRES_PORT, KAFKA_PORT)
                        .withEnvironmentOfEvery("TRACING_EXPORT_ENABLED", "true")
                        .withEnvironmentOfEvery("TRACING_ZIPKIN_ENDPOINT", SpanCollector.endpoint(SPAN_COLLECTOR_PORT))
                        .withEnvironment("domain-service", "DOMAIN_DNS_RESOLVERS", "127.0.0.1:" + DNS_PORT)
                        .withEnvironment("domain-service", "DOMAIN_TLS_PORT", Integer.toString(TLS_PORT))
                        // Journeys move a period's end to today (TimePassing); the renewal run follows within 2 s.
                        .withEnvironment("membership-service", "MEMBERSHIP_RENEWAL_INTERVAL", "2s")
                        // Re-check a domain after 5 s (then 10, 20…) so a journey sees DNS being fixed.
                        .withEnvironment("domain-service", "DOMAIN_CHECK_INTERVAL", "5s");
                LocalSuite suite = LocalSuite.start(settings, System.out);
                // An application that dies is restarted, as an orchestrator would (the crash journeys rely on it).
                suite.superviseRestarts();
                // A test run stopped from outside (Ctrl-C, a CI timeout) stops the suite's processes too.
                Runtime.getRuntime().addShutdownHook(new Thread(suite::close, "stop-running-suite"));
                RunningSuite.suite = suite;
                return suite;
            } catch (Exception e) {
                throw new IllegalStateException("the suite did not start", e);
            }
        }, LocalSuite.class);
    }

    /** The running suite's processes, e.g. to kill one. */
    public static LocalSuite suite() {
        return suite;
    }

    /** The spans the running suite has reported. */
    static SpanCollector spans() {
        return spans;
    }

    /**
     * Kills an application with SIGKILL and returns once the launcher has started it again (a new process, not
     * ready yet), as an orchestrator would.
     */
    public static void kill(String application) {
        long pid = suite.pidOf(application);
        ProcessHandle.of(pid).orElseThrow().destroyForcibly();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100)).until(() ->
                suite.pidOf(application) != pid);
    }

    /** Waits until the application answers its readiness probe again. */
    public static void awaitReady(String application, Duration atMost) {
        Application app = suite.applications().stream().filter(a -> a.name().equals(application)).findFirst()
                .orElseThrow();
        await().atMost(atMost).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() ->
                HTTP.send(HttpRequest.newBuilder(URI.create(app.readinessUrl())).timeout(Duration.ofSeconds(2))
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
    }

    /** The page's public address, as links in mails name it (NOTIFICATION_PAGE_URL: localhost, for the cookies). */
    public static String publicPage(String path) {
        return "http://localhost:" + PORT_BASE + path;
    }

    public static String gateway(String path) {
        return "http://127.0.0.1:" + PORT_BASE + path;
    }

    public static String service(int offset, String path) {
        return "http://127.0.0.1:" + (PORT_BASE + offset) + path;
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + POSTGRES_PORT + "/" + database;
    }

    /** An answer: its status, its JSON as an object ({@code body}) or an array ({@code list}), its headers. */
    public record Response(int status, Map<String, Object> body, List<Map<String, Object>> list,
                           HttpHeaders headers) {
        public String string(String field) {
            return (String) body.get(field);
        }
    }

    public static Response call(String method, String url, String token, Object body) {
        return call(method, url, token, body, Map.of());
    }

    public static Response call(String method, String url, String token, Object body, Map<String, String> headers) {
        try {
            // Longer than the gateway's own response timeout (10 s), so that its answer, 503 included, arrives.
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                    .header("Content-Type", "application/json");
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            headers.forEach(request::header);
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body().strip();
            @SuppressWarnings("unchecked")
            Map<String, Object> object = text.startsWith("{") ? JSON.readValue(text, Map.class) : Map.of();
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> array = text.startsWith("[") ? JSON.readValue(text, List.class) : List.of();
            return new Response(response.statusCode(), object, array, response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A page as a browser with the token (null: none) would get it: its text, whatever the status. */
    public static String text(String url, String token) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("Accept", "text/html, text/plain;q=0.9");
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The client every test talks to the suite with: HTTP/1.1 as a browser or a proxy would (the JDK's default
     * would offer an h2c upgrade on every first request, which no part of the suite speaks), and a connection that
     * does not come within 5 s is an error, not a wait.
     */
    public static HttpClient httpClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .build();
    }
}
