package io.accountsuite.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where the running suite reports its spans: the Zipkin v2 API's one write endpoint ({@code POST /api/v2/spans}, a
 * JSON array of spans), keeping what arrives so a test can look a trace up. It stands in for the collector an
 * operator runs (Zipkin, or an OpenTelemetry Collector's zipkin receiver), which is not part of the suite.
 */
public final class SpanCollector implements AutoCloseable {

    /** A reported span, reduced to what the tests read. */
    public record Span(String traceId, String service, String name, String kind) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final List<Span> spans = new CopyOnWriteArrayList<>();

    private SpanCollector(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/api/v2/spans", this::receive);
        server.start();
    }

    static SpanCollector start(int port) throws IOException {
        return new SpanCollector(port);
    }

    static String endpoint(int port) {
        return "http://127.0.0.1:" + port + "/api/v2/spans";
    }

    public List<Span> ofTrace(String traceId) {
        return spans.stream().filter(span -> span.traceId().equals(traceId)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            InputStream body = exchange.getRequestBody();
            if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                body = new GZIPInputStream(body);
            }
            for (Map<?, ?> span : JSON.readValue(body.readAllBytes(), Map[].class)) {
                Map<?, ?> local = span.get("localEndpoint") instanceof Map<?, ?> endpoint ? endpoint : Map.of();
                spans.add(new Span((String) span.get("traceId"), (String) local.get("serviceName"),
                        (String) span.get("name"), (String) span.get("kind")));
            }
            exchange.sendResponseHeaders(202, -1);
        }
    }
}
