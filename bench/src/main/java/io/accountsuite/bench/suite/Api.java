package io.accountsuite.bench.suite;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The suite's HTTP API as the benchmarks call it: through the gateway, or straight to one service. */
@RequiredArgsConstructor
final class Api {

    static final String ANN = "ann@example.com";
    static final String ADMIN = "admin@example.com";
    static final String PASSWORD = "demo password for the local suite";

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final int portBase;

    /** The gateway's URL of {@code path}. */
    URI gateway(String path) {
        return URI.create("http://127.0.0.1:" + portBase + path);
    }

    /** {@code path} on a service directly: 1 identity, 2 membership, 3 billing, 4 site, 5 domain. */
    URI direct(int service, String path) {
        return URI.create("http://127.0.0.1:" + (portBase + service) + path);
    }

    HttpRequest get(URI uri, String token) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .timeout(OpenLoad.GIVE_UP).GET().build();
    }

    String signIn(String email) {
        return call(HttpRequest.newBuilder(gateway("/api/auth/login")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("email", email,
                        "password", PASSWORD)))).build()).get("accessToken").asString();
    }

    JsonNode read(HttpRequest request) {
        return call(request);
    }

    JsonNode put(URI uri, String token, Object body) {
        return call(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build());
    }

    private JsonNode call(HttpRequest request) {
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() / 100 != 2) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                        + answer.statusCode() + ": " + answer.body());
            }
            return json.readTree(answer.body());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
