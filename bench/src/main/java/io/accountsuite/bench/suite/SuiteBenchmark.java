package io.accountsuite.bench.suite;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import io.accountsuite.local.Application;
import io.accountsuite.local.LocalSuite;
import io.accountsuite.local.SuiteSettings;

/**
 * The whole suite measured side by side in one run (bench/run.sh all): it starts the local suite as it runs in
 * production (default JIT, the containers' heap and collector, JSON logs; {@link SuiteSettings#asInProduction}) on
 * ports of its own, loads the demo data, measures, prints the table, appends it to bench/RESULTS.md and stops the
 * suite. Scenarios by name: {@code composition gateway throughput cpu propagation start scale}, or {@code all}
 * (scale last: it leaves 100,000 customers behind).
 */
public final class SuiteBenchmark {

    private static final List<String> ALL = List.of("composition", "gateway", "throughput", "cpu", "propagation",
            "start", "scale");
    private static final int PORT_BASE = 28080;

    private SuiteBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> chosen = args.length == 0 || args[0].equals("all") ? ALL : Arrays.asList(args);
        Path root = SuiteSettings.findRoot(Path.of("").toAbsolutePath());
        SuiteSettings settings = SuiteSettings.defaults(root).withFresh(true)
                .withDataDir(root.resolve("bench/target/suite")).withPortBase(PORT_BASE)
                .withInfrastructurePorts(25432, 29092).asInProduction()
                // The load is one customer standing for many: the gateway's per-customer limit would refuse it.
                .withEnvironmentOfEvery("GATEWAY_COMPOSITION_MAX_IN_FLIGHT_PER_CUSTOMER", "100000");
        Report report = new Report();
        long launched = System.nanoTime();
        try (LocalSuite suite = LocalSuite.start(settings, System.out)) {
            // Stopped or killed midway, the suite's processes (PostgreSQL runs detached) must not outlive the run.
            Thread stopSuite = new Thread(suite::close, "stop-suite");
            Runtime.getRuntime().addShutdownHook(stopSuite);
            Duration ready = suite.readyAfter();
            Api api = new Api(PORT_BASE);
            Scenarios scenarios = new Scenarios(api, report);
            System.out.println("\n== warm-up (until the page settles)");
            scenarios.warmUp();
            for (String scenario : chosen) {
                System.out.println("\n== " + scenario);
                switch (scenario) {
                    case "start" -> startAndMemory(suite, ready, report);
                    case "composition" -> scenarios.composition();
                    case "gateway" -> scenarios.gatewayOverhead();
                    case "throughput" -> scenarios.throughput();
                    case "cpu" -> scenarios.cpuPerPage();
                    case "propagation" -> new Propagation(api, report).run(500);
                    case "scale" -> new DataScale(api, report, settings.postgresPort()).run();
                    default -> throw new IllegalArgumentException("no scenario " + scenario + "; one of " + ALL);
                }
            }
        }
        report.print(System.out);
        String machine = String.format("Machine: %s, %d cores, OpenJDK %s. Date: %s. Commit: %s.",
                System.getProperty("os.name"), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), LocalDate.now(), System.getProperty("bench.commit", "?"));
        report.appendTo(root.resolve("bench/RESULTS.md"), "The whole suite side by side (" + String.join(", ",
                chosen) + ")", machine, "bench/run.sh " + String.join(" ", args.length == 0 ? List.of("all")
                : Arrays.asList(args)));
        System.out.printf("%nappended to bench/RESULTS.md (%.0f s in all)%n", (System.nanoTime() - launched) / 1e9);
    }

    /** 7. From launch to every readiness probe up, and each application's resident memory after the run so far. */
    private static void startAndMemory(LocalSuite suite, Duration ready, Report report) {
        report.figure("start to all seven applications ready", String.format("%.1f s", ready.toMillis() / 1000.0),
                "≤ 40 s", ready.compareTo(Duration.ofSeconds(40)) <= 0);
        long largest = 0;
        StringBuilder each = new StringBuilder("RSS after warm-up:");
        for (Application app : suite.applications()) {
            long rss = SuiteProcesses.rssMegabytes(suite.pidOf(app.name()));
            largest = Math.max(largest, rss);
            each.append(' ').append(app.name()).append(' ').append(rss).append(" MB,");
        }
        report.detail(each.substring(0, each.length() - 1));
        report.figure("RSS per application after warm-up, largest", largest + " MB", "≤ 300 MB", largest <= 300);
    }
}
