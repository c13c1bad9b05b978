package io.accountsuite.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.HdrHistogram.Histogram;

/**
 * GET /api/account through a running suite (./run-local.sh): the gateway composes every block from the five
 * services in parallel. Clients sign in as the demo customer and ask for the page in a closed loop; latency is
 * what each client sees, end to end.
 *
 * <p>Usage: {@code bench/run.sh page [requests] [clients] [gateway URL]}. Every client is the same customer, so
 * more than four of them need the gateway's per-customer limit raised:
 * {@code GATEWAY_COMPOSITION_MAX_IN_FLIGHT_PER_CUSTOMER=100 ./run-local.sh}.
 */
public final class AccountPageBenchmark {

    private static final String EMAIL = "ann@example.com";
    private static final String PASSWORD = "demo password for the local suite";
    private static final Pattern TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");

    private AccountPageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        String gateway = args.length > 2 ? args[2] : "http://127.0.0.1:8080";
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String token = signIn(http, gateway);

        run(http, gateway, token, Math.max(500, requests / 10), clients); // warm-up, not reported
        Result result = run(http, gateway, token, requests, clients);
        Histogram h = result.latency();
        System.out.printf("| %d | %,d | %.1f s | %,.0f pages/s | %d ms | %d ms | %d ms | %d ms | %d |%n", clients,
                requests, result.elapsed().toMillis() / 1000.0, requests / (result.elapsed().toNanos() / 1e9),
                h.getValueAtPercentile(50), h.getValueAtPercentile(90), h.getValueAtPercentile(99), h.getMaxValue(),
                result.degraded());
    }

    record Result(Duration elapsed, Histogram latency, int degraded) {
    }

    /** {@code degraded}: answers in which some block was unavailable (the page still answered 200). */
    private static Result run(HttpClient http, String gateway, String token, int requests, int clients)
            throws Exception {
        Histogram latency = new Histogram(Duration.ofMinutes(1).toMillis(), 3);
        AtomicInteger left = new AtomicInteger(requests);
        AtomicInteger degraded = new AtomicInteger();
        HttpRequest page = HttpRequest.newBuilder(URI.create(gateway + "/api/account"))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(10)).build();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    while (left.getAndDecrement() > 0) {
                        long sent = System.nanoTime();
                        HttpResponse<String> answer = http.send(page, HttpResponse.BodyHandlers.ofString());
                        long millis = (System.nanoTime() - sent) / 1_000_000;
                        synchronized (latency) {
                            latency.recordValue(Math.min(millis, latency.getHighestTrackableValue()));
                        }
                        if (answer.statusCode() != 200) {
                            throw new IllegalStateException("GET /api/account answered " + answer.statusCode());
                        }
                        if (answer.body().contains("\"status\":\"unavailable\"")) {
                            degraded.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Result(Duration.ofNanos(System.nanoTime() - start), latency, degraded.get());
    }

    private static String signIn(HttpClient http, String gateway) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(gateway + "/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"" + EMAIL + "\",\"password\":\"" + PASSWORD + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = TOKEN.matcher(answer.body());
        if (answer.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("sign-in failed (is ./run-local.sh running with its demo data?): "
                    + answer.statusCode());
        }
        return token.group(1);
    }
}
