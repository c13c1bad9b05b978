package io.accountsuite.e2e.reliability;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import io.accountsuite.bench.suite.OpenLoad;
import io.accountsuite.e2e.Customers;
import io.accountsuite.e2e.Customers.Customer;
import io.accountsuite.e2e.RunningSuite;
import io.accountsuite.local.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static io.accountsuite.e2e.RunningSuite.gateway;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Steady mixed traffic for a while (60 s in CI, 10 minutes in the full run) from the benchmarks' open-model load
 * generator: page reads, membership reads and change previews, address updates and new media (whose usage events
 * membership-service consumes). Every 10 s each application's heap is measured after a full collection ({@code jcmd
 * GC.run}), and each database's outbox backlog, inbox size and dead letters are read. Nothing answers a 5xx, the heap
 * after GC and the outbox backlog do not grow, no dead letter appears, and the inbox grows by what was consumed only
 * (processed events are forgotten after 14 days: {@code platform.inbox.retention}).
 */
@ExtendWith(RunningSuite.class)
class SoakIT {

    private static final int CUSTOMERS = 6;
    private static final double RATE = 15;
    private static final Duration WARM_UP = Duration.ofSeconds(20);
    private static final Duration SAMPLE_EVERY = Duration.ofSeconds(10);
    /** Past the warm-up, a heap after GC growing faster than this is a leak at this traffic. */
    private static final double HEAP_SLOPE_LIMIT_MB_PER_MINUTE = 8;
    private static final int SITE_OFFSET = 4;

    /** One reading of every application and database. */
    record Sample(double minutes, Map<String, Double> heapAfterGcMb, Map<String, Long> outboxBacklog,
                  Map<String, Long> inboxRows, long deadLetters) {
    }

    @Test
    void steady_mixed_traffic_answers_no_5xx_and_leaks_nothing() throws Exception {
        List<Customer> customers = IntStream.range(0, CUSTOMERS).mapToObj(i -> Customers.withPlan("demo-basic"))
                .toList();
        List<String> tokens = customers.stream().map(c -> Customers.signIn(c.email(), Customers.PASSWORD)).toList();
        HttpClient http = RunningSuite.httpClient();
        ConcurrentMap<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        Traffic traffic = new Traffic(customers, tokens);

        OpenLoad.run(http, traffic::next, RATE, WARM_UP, status -> { });
        List<Sample> samples = new CopyOnWriteArrayList<>();
        long start = System.nanoTime();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        // A reading that fails (an application mid-collection) is skipped: the next one is 10 s later.
        sampler.scheduleAtFixedRate(() -> {
            try {
                samples.add(sample((System.nanoTime() - start) / 60e9));
            } catch (RuntimeException skipped) {
                System.out.println("soak: a reading failed and is skipped: " + skipped);
            }
        }, 0, SAMPLE_EVERY.toSeconds(), TimeUnit.SECONDS);
        OpenLoad.Outcome outcome;
        try {
            outcome = OpenLoad.run(http, traffic::next, RATE,
                    Duration.ofSeconds(ReliabilityScale.current().soakSeconds()),
                    status -> statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet());
        } finally {
            sampler.shutdown();
            sampler.awaitTermination(1, TimeUnit.MINUTES);
        }
        FaultToleranceIT.awaitQuiet();
        samples.add(sample((System.nanoTime() - start) / 60e9));

        Map<String, Double> slopes = heapSlopes(samples);
        ReliabilityReport.write("soak", report(outcome, statuses, samples, slopes));

        assertThat(statuses.keySet()).as("statuses answered").allMatch(s -> s > 0 && s < 500);
        slopes.forEach((app, slope) -> assertThat(slope).as("%s heap after GC, MB a minute", app)
                .isLessThan(HEAP_SLOPE_LIMIT_MB_PER_MINUTE));
        Sample last = samples.get(samples.size() - 1);
        assertThat(last.outboxBacklog().values()).as("outbox backlog once traffic stops").allMatch(n -> n == 0);
        assertThat(last.deadLetters()).as("dead letters").isZero();
    }

    /** The mix: what a page's visitors and the network's site runtime send, in fixed proportions. */
    private static final class Traffic {
        private final List<Customer> customers;
        private final List<String> tokens;
        private final Map<String, String> memberships = new ConcurrentHashMap<>();
        private final AtomicLong sent = new AtomicLong();
        private final String pro = Customers.productId("demo-pro");

        Traffic(List<Customer> customers, List<String> tokens) {
            this.customers = customers;
            this.tokens = tokens;
            for (int i = 0; i < customers.size(); i++) {
                memberships.put(customers.get(i).email(), Customers.membershipId(tokens.get(i)));
            }
        }

        HttpRequest next() {
            long n = sent.getAndIncrement();
            int who = (int) (n % customers.size());
            Customer customer = customers.get(who);
            String token = tokens.get(who);
            return switch ((int) (n % 10)) {
                case 0, 1, 2, 3 -> get(gateway("/api/account"), token);
                case 4 -> get(gateway("/api/memberships/" + memberships.get(customer.email())), token);
                case 5 -> post(gateway("/api/memberships/" + memberships.get(customer.email()) + "/change/preview"),
                        token, "{\"planId\":\"" + pro + "\"}");
                case 6 -> put(gateway("/api/billing/address"), token, "{\"email\":\"" + customer.email()
                        + "\",\"line1\":\"" + n + " Rue du Four\",\"city\":\"Lyon\",\"postalCode\":\"69001\","
                        + "\"country\":\"FR\"}");
                // A medium of one byte: the site's usage changes, and membership-service consumes the event.
                case 7 -> post(RunningSuite.service(SITE_OFFSET, "/api/sites/" + customer.siteId() + "/media"),
                        token, "{\"name\":\"soak-" + n + ".png\",\"sizeBytes\":1}");
                case 8 -> get(gateway("/api/sites/" + customer.siteId()), token);
                default -> get(gateway("/api/billing/invoices"), token);
            };
        }

        private static HttpRequest get(String url, String token) {
            return request(url, token).GET().build();
        }

        private static HttpRequest post(String url, String token, String json) {
            return request(url, token).POST(HttpRequest.BodyPublishers.ofString(json)).build();
        }

        private static HttpRequest put(String url, String token, String json) {
            return request(url, token).PUT(HttpRequest.BodyPublishers.ofString(json)).build();
        }

        private static HttpRequest.Builder request(String url, String token) {
            return HttpRequest.newBuilder(URI.create(url)).timeout(OpenLoad.GIVE_UP)
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
        }
    }

    private static Sample sample(double minutes) {
        Map<String, Double> heap = new LinkedHashMap<>();
        for (Application app : RunningSuite.suite().applications()) {
            heap.put(app.name(), heapAfterGcMb(app));
        }
        Map<String, Long> backlog = new LinkedHashMap<>();
        Map<String, Long> inbox = new LinkedHashMap<>();
        long dead = 0;
        for (String database : SuiteDatabases.ALL) {
            backlog.put(database, SuiteDatabases.unsentOutboxRows(database));
            inbox.put(database, SuiteDatabases.count(database, "SELECT count(*) FROM platform.inbox"));
            dead += SuiteDatabases.count(database, "SELECT count(*) FROM platform.dead_letters");
        }
        return new Sample(minutes, heap, backlog, inbox, dead);
    }

    /** A full collection, then the heap in use: what the application keeps, not what it has yet to collect. */
    private static double heapAfterGcMb(Application app) {
        long pid = RunningSuite.suite().pidOf(app.name());
        try {
            Process gc = new ProcessBuilder(jcmd(), Long.toString(pid), "GC.run").redirectErrorStream(true).start();
            gc.getInputStream().readAllBytes();
            gc.waitFor(30, TimeUnit.SECONDS);
            String metrics = RunningSuite.text("http://127.0.0.1:" + app.managementPort() + "/actuator/prometheus",
                    null);
            return metrics.lines().filter(l -> l.startsWith("jvm_memory_used_bytes{") && l.contains("area=\"heap\""))
                    .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum() / (1 << 20);
        } catch (Exception e) {
            throw new IllegalStateException("the heap of " + app.name() + " could not be read", e);
        }
    }

    private static String jcmd() {
        Path java = Path.of(ProcessHandle.current().info().command().orElse("java"));
        return java.resolveSibling("jcmd").toString();
    }

    /** Least-squares slope of each application's heap after GC, MB a minute. */
    private static Map<String, Double> heapSlopes(List<Sample> samples) {
        Map<String, Double> slopes = new LinkedHashMap<>();
        for (String app : samples.get(0).heapAfterGcMb().keySet()) {
            double n = samples.size();
            double mx = samples.stream().mapToDouble(Sample::minutes).sum() / n;
            double my = samples.stream().mapToDouble(s -> s.heapAfterGcMb().get(app)).sum() / n;
            double sxy = samples.stream().mapToDouble(s -> (s.minutes() - mx) * (s.heapAfterGcMb().get(app) - my))
                    .sum();
            double sxx = samples.stream().mapToDouble(s -> (s.minutes() - mx) * (s.minutes() - mx)).sum();
            slopes.put(app, sxx == 0 ? 0 : sxy / sxx);
        }
        return slopes;
    }

    private static String report(OpenLoad.Outcome outcome, Map<Integer, AtomicInteger> statuses,
                                 List<Sample> samples, Map<String, Double> slopes) {
        Sample first = samples.get(0);
        Sample last = samples.get(samples.size() - 1);
        double minutes = last.minutes() - first.minutes();
        StringBuilder report = new StringBuilder("## Soak: steady mixed traffic\n\n")
                .append(String.format("%d requests at %.0f a second for %d s (after a %d s warm-up), from %d customers:"
                                + " page 40 %%, membership 10 %%, change preview 10 %%, address update 10 %%,"
                                + " new medium"
                                + " 10 %% (a usage event consumed), site 10 %%, invoices 10 %%. Latency p50 %s, p99 %s."
                                + " Answers: %s.%n%n", outcome.sent(), RATE, ReliabilityScale.current().soakSeconds(),
                        WARM_UP.toSeconds(), CUSTOMERS, OpenLoad.ms(outcome.latency(), 50),
                        OpenLoad.ms(outcome.latency(), 99), statuses));
        report.append(ReliabilityReport.table(List.of("application", "heap after GC first (MB)", "last (MB)",
                "slope (MB/min)"), slopes.entrySet().stream().map(e -> List.of(e.getKey(),
                String.format("%.1f", first.heapAfterGcMb().get(e.getKey())),
                String.format("%.1f", last.heapAfterGcMb().get(e.getKey())), String.format("%.2f", e.getValue())))));
        report.append("\n");
        report.append(ReliabilityReport.table(List.of("database", "outbox backlog max", "at the end",
                "inbox rows first", "last", "inbox growth (rows/min)"), SuiteDatabases.ALL.stream().map(db -> List.of(
                db, Long.toString(samples.stream().mapToLong(s -> s.outboxBacklog().get(db)).max().orElse(0)),
                Long.toString(last.outboxBacklog().get(db)), Long.toString(first.inboxRows().get(db)),
                Long.toString(last.inboxRows().get(db)), String.format("%.0f", minutes == 0 ? 0
                        : (last.inboxRows().get(db) - first.inboxRows().get(db)) / minutes)))));
        report.append(String.format("%nDead letters at the end: %d. The inbox remembers each processed event for"
                + " 14 days"
                + " (`platform.inbox.retention`, twice the topics' 7-day retention) and prunes hourly, so its size"
                + " is bounded by 14 days of the consumed rate.%n", last.deadLetters()));
        return report.toString();
    }
}
