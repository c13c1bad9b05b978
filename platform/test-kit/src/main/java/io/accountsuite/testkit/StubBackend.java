package io.accountsuite.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * Another service, played by OkHttp's MockWebServer on 127.0.0.1, for testing one application's calls to it (the
 * gateway's routes, its composition and its calls to identity-service). Answers are set per method and path (an
 * unknown one answers 404); every request is recorded.
 */
public final class StubBackend implements AutoCloseable {

    /** What to answer, after an optional delay before the headers (to play a slow backend). */
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

        MockResponse toResponse() {
            MockResponse.Builder response = new MockResponse.Builder().code(status).body(body);
            headers.forEach(response::addHeader);
            if (!delay.isZero()) {
                response.headersDelay(delay.toMillis(), TimeUnit.MILLISECONDS);
            }
            return response.build();
        }
    }

    /** A request the stub received, as sent. */
    public record Request(String method, String path, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private static final Answer NOT_FOUND = Answer.json(404, "{\"status\":404}");

    private final MockWebServer server = new MockWebServer();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    public StubBackend() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest recorded) {
                String path = recorded.getUrl().encodedPath();
                requests.add(new Request(recorded.getMethod(), path, recorded.getHeaders().toMultimap(),
                        recorded.getBody() == null ? "" : recorded.getBody().utf8()));
                return answers.getOrDefault(recorded.getMethod() + " " + path, NOT_FOUND).toResponse();
            }
        });
        try {
            server.start(InetAddress.getLoopbackAddress(), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getPort();
    }

    public StubBackend answer(String method, String path, Answer answer) {
        answers.put(method + " " + path, answer);
        return this;
    }

    /** Every request received since the last {@link #reset()}, in order. */
    public List<Request> requests() {
        return List.copyOf(requests);
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
        server.close();
    }
}
