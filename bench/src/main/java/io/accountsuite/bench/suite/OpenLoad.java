package io.accountsuite.bench.suite;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Requests at a fixed rate whether or not earlier ones have answered (an open model, as wrk2 does), each timed from
 * the moment it was meant to start: a stall of the suite counts against every request it delays, so queueing is not
 * hidden (no coordinated omission). Latencies are recorded in microseconds.
 */
public final class OpenLoad {

    /** Past this an answer counts as an error and its latency as the limit. */
    public static final Duration GIVE_UP = Duration.ofSeconds(10);

    /**
     * @param sent    requests actually sent (the schedule may fall behind on an overloaded client: compare with
     *                rate × length)
     * @param errors  answers other than 2xx, pages with a block unavailable ({@link #whole}), failures and answers
     *                slower than {@link #GIVE_UP}
     * @param latency microseconds from each request's intended start to its answer
     */
    public record Outcome(double rate, long sent, long errors, Histogram latency, Duration elapsed) {

        public double achievedRate() {
            return sent / (elapsed.toNanos() / 1e9);
        }
    }

    private OpenLoad() {
    }

    /** Sends {@code request} {@code rate} times a second for {@code length}, then waits for the last answers. */
    static Outcome run(HttpClient http, HttpRequest request, double rate, Duration length) {
        return run(http, () -> request, rate, length, status -> { });
    }

    /**
     * Sends the requests {@code next} makes (a mix, e.g. for a soak) {@code rate} times a second for {@code length},
     * then waits for the last answers; {@code statuses} hears each answer's status (0 for no answer).
     */
    public static Outcome run(HttpClient http, Supplier<HttpRequest> next, double rate, Duration length,
                              IntConsumer statuses) {
        Histogram latency = new ConcurrentHistogram(TimeUnit.SECONDS.toMicros(60), 3);
        AtomicLong errors = new AtomicLong();
        long total = Math.round(rate * length.toNanos() / 1e9);
        long interval = Math.round(1e9 / rate);
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        long start = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long intended = start + i * interval;
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            inFlight.add(http.sendAsync(next.get(), HttpResponse.BodyHandlers.ofByteArray())
                    .orTimeout(GIVE_UP.toMillis(), TimeUnit.MILLISECONDS)
                    .whenComplete((answer, failure) -> {
                        long micros = (System.nanoTime() - intended) / 1_000;
                        latency.recordValue(Math.min(micros, latency.getHighestTrackableValue()));
                        statuses.accept(answer == null ? 0 : answer.statusCode());
                        if (failure != null || !whole(answer)) {
                            errors.incrementAndGet();
                        }
                    }));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        return new Outcome(rate, total, errors.get(), latency, Duration.ofNanos(System.nanoTime() - start));
    }

    /** One client asking {@code count} times in a row: each request starts when the last has answered. */
    static Histogram oneClient(HttpClient http, HttpRequest request, int count) {
        Histogram latency = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
        for (int i = 0; i < count; i++) {
            long sent = System.nanoTime();
            try {
                HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (!whole(answer)) {
                    throw new IllegalStateException(request.uri() + " answered " + answer.statusCode()
                            + " or with a block unavailable");
                }
            } catch (IOException e) {
                throw new IllegalStateException(request.uri() + " failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            latency.recordValue((System.nanoTime() - sent) / 1_000);
        }
        return latency;
    }

    /**
     * A 2xx answer that is all there: a page whose backend call was cut off, refused by a full bulkhead or an open
     * breaker still answers 200, fast, with that block {@code unavailable}, and counting it as served would flatter
     * the figures of an overloaded suite.
     */
    static boolean whole(HttpResponse<byte[]> answer) {
        return answer.statusCode() / 100 == 2 && !new String(answer.body(), StandardCharsets.UTF_8)
                .contains(UNAVAILABLE_BLOCK);
    }

    private static final String UNAVAILABLE_BLOCK = "\"status\":\"unavailable\"";

    /** A percentile in milliseconds with one decimal. */
    public static String ms(Histogram h, double percentile) {
        return String.format("%.1f ms", h.getValueAtPercentile(percentile) / 1000.0);
    }
}
