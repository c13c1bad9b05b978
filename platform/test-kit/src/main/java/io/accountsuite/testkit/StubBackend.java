package io.accountsuite.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on 127.0.0.1 standing in for another service, for testing one application's calls to it
 * (the gateway's routes and its calls to identity-service). Answers are set per method and path; every request is
 * recorded.
 */
public final class StubBackend implements AutoCloseable {

    /** What to answer, after an optional delay (to play a slow backend). */
    public record Answer(int status, String body, Map<String, String> headers, Duration delay) {
        public Answer(int status, String body, Map<String, String> headers) {
            this(status, body, headers, Duration.ZERO);
        }

        public static Answer json(int status, String body) {
            return new Answer(status, body, Map.of("Content-Type", "application/json"));
        }

        public Answer after(Duration wait) {
            return new Answer(status, body, headers, wait);
        }
    }

    public record Request(String method, String path, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    public StubBackend() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            requests.add(new Request(exchange.getRequestMethod(), path, Map.copyOf(exchange.getRequestHeaders()),
                    body));
            Answer answer = answers.getOrDefault(exchange.getRequestMethod() + " " + path,
                    Answer.json(404, "{\"status\":404}"));
            if (!answer.delay().isZero()) {
                try {
                    Thread.sleep(answer.delay().toMillis()); // playing a slow backend is this stub's purpose
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        });
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "stub-backend");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public StubBackend answer(String method, String path, Answer answer) {
        answers.put(method + " " + path, answer);
        return this;
    }

    public List<Request> requests(String method, String path) {
        return requests.stream().filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
    }

    public void reset() {
        answers.clear();
        requests.clear();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
