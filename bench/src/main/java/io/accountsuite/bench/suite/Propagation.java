package io.accountsuite.bench.suite;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.accountsuite.local.DemoData;
import lombok.RequiredArgsConstructor;
import org.HdrHistogram.Histogram;
import tools.jackson.databind.JsonNode;

import static io.accountsuite.bench.suite.OpenLoad.ms;

/**
 * 5. Event propagation: an admin changes the demo Basic plan's posts limit (PUT /api/admin/products/{id}, which
 * publishes the new entitlements of its members at once, no payment in between), and the time is taken from that
 * answer to the new limit in site-service's {@code GET /api/sites/{id}} (polled every millisecond) and to
 * SiteEntitlementsChanged on ann's browser-facing stream ({@code GET /api/account/events} through the gateway).
 */
@RequiredArgsConstructor
final class Propagation {

    private static final Duration GIVE_UP = Duration.ofSeconds(10);

    private final Api api;
    private final Report report;

    void run(int changes) throws InterruptedException {
        String admin = api.signIn(Api.ADMIN);
        String ann = api.signIn(Api.ANN);
        Map<String, String> products = byField(api.read(api.get(api.gateway("/api/admin/products"), admin)), "slug");
        Map<String, String> templates = byField(api.read(api.get(api.gateway("/api/admin/templates"), admin)),
                "name");
        String site = api.read(api.get(api.direct(4, "/api/sites"), ann)).get(0).get("id").asString();
        HttpRequest limits = api.get(api.direct(4, "/api/sites/" + site), ann);
        BlockingQueue<Long> streamed = listen(ann);

        Histogram toSite = new Histogram(3);
        Histogram toStream = new Histogram(3);
        int missed = 0;
        for (int i = 0; i < changes; i++) {
            long posts = 10 + (i % 2 == 0 ? 1 : 0);
            streamed.clear();
            api.put(api.gateway("/api/admin/products/" + products.get("demo-basic")), admin,
                    DemoData.basicPlan(products, templates, posts));
            long answered = System.nanoTime();
            long seen = waitForPosts(limits, posts, answered);
            Long event = streamed.poll(GIVE_UP.toMillis(), TimeUnit.MILLISECONDS);
            if (seen < 0 || event == null) {
                missed++;
                continue;
            }
            toSite.recordValue((seen - answered) / 1_000);
            toStream.recordValue(Math.max(0, event - answered) / 1_000);
        }
        report.figure("event propagation, plan change → limits visible (site-service)", "p50 " + ms(toSite, 50)
                + ", p99 " + ms(toSite, 99), "p50 ≤ 50 ms, p99 ≤ 250 ms",
                toSite.getValueAtPercentile(50) <= 50_000 && toSite.getValueAtPercentile(99) <= 250_000);
        report.detail("plan change → SiteEntitlementsChanged on the browser's stream: p50 " + ms(toStream, 50)
                + ", p99 " + ms(toStream, 99) + ", max " + ms(toStream, 100) + "; " + changes + " changes, "
                + missed + " not seen within " + GIVE_UP.toSeconds() + " s");
    }

    /** When the site showed {@code posts} as its posts limit (System.nanoTime()), or -1 past the time limit. */
    private long waitForPosts(HttpRequest site, long posts, long since) throws InterruptedException {
        while (System.nanoTime() - since < GIVE_UP.toNanos()) {
            if (api.read(site).path("limits").path("posts").path("allowed").asLong() == posts) {
                return System.nanoTime();
            }
            Thread.sleep(1);
        }
        return -1;
    }

    /**
     * Arrival times of SiteEntitlementsChanged on the customer's live stream, read on a thread of its own; answers
     * once the stream is open (its first comment has come).
     */
    private BlockingQueue<Long> listen(String token) throws InterruptedException {
        BlockingQueue<Long> arrivals = new LinkedBlockingQueue<>();
        CountDownLatch open = new CountDownLatch(1);
        HttpRequest events = HttpRequest.newBuilder(api.gateway("/api/account/events"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET().build();
        api.http.sendAsync(events, HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> response.body()
                .peek(line -> open.countDown())
                .filter(line -> line.startsWith("event:") && line.contains("SiteEntitlementsChanged"))
                .forEach(line -> arrivals.add(System.nanoTime())));
        if (!open.await(GIVE_UP.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the live event stream did not open");
        }
        return arrivals;
    }

    private static Map<String, String> byField(JsonNode list, String field) {
        Map<String, String> ids = new LinkedHashMap<>();
        list.forEach(item -> ids.put(item.get(field).asString(), item.get("id").asString()));
        return ids;
    }
}
