package io.accountsuite.e2e.reliability;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.accountsuite.e2e.RunningSuite;
import io.accountsuite.local.Application;
import io.accountsuite.local.SuiteSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The running suite as a real Prometheus sees it: Debian's Prometheus (2.42, the oldest an SRE meets on Debian 12)
 * scrapes every application's management port and loads {@code deploy/monitoring}'s alerts. Every target is up
 * without a scrape error (no exemplars it cannot parse), every rule loads and evaluates, and every metric an alert
 * reads exists already, in each application it concerns, so that no alert is blind until its first incident.
 * Writes the report's section "prometheus".
 */
@ExtendWith(RunningSuite.class)
class PrometheusScrapeIT {

    /** Below Linux's ephemeral range and apart from every port the running suite takes. */
    private static final int PORT = 27090;
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @Test
    void every_application_is_scraped_and_every_metric_an_alert_reads_exists() throws Exception {
        Path root = SuiteSettings.findRoot(Path.of("").toAbsolutePath());
        AlertRules rules = AlertRules.read(root.resolve("deploy/monitoring/alerts.yaml"));
        Path directory = Path.of("target", "prometheus").toAbsolutePath();
        List<Application> applications = RunningSuite.suite().applications();
        Map<String, String> byTarget = new LinkedHashMap<>();
        applications.forEach(app -> byTarget.put("127.0.0.1:" + app.managementPort(), app.name()));

        long started = System.nanoTime();
        try (LocalPrometheus prometheus = LocalPrometheus.start(directory, PORT, List.copyOf(byTarget.keySet()),
                rules.writeRulesFile(directory.resolve("alerts.rules.json")))) {
            List<Map<String, Object>> targets = awaitEveryTargetUp(prometheus, byTarget.size());
            List<Map<String, Object>> loaded = awaitEveryRuleEvaluated(prometheus, rules.alerts().size());
            Map<String, Set<String>> where = awaitEveryMetricIn(prometheus, rules, applications);

            String version = (String) prometheus.api("/api/v1/status/buildinfo").get("version");
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            ReliabilityReport.write("prometheus", section(version, took, byTarget, targets, loaded, rules, where));
        }
    }

    private static List<Map<String, Object>> awaitEveryTargetUp(LocalPrometheus prometheus, int expected) {
        List<Map<String, Object>> targets = new ArrayList<>();
        await("every application scraped").atMost(DEADLINE).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .untilAsserted(() -> {
                    targets.clear();
                    targets.addAll(list(prometheus.api("/api/v1/targets"), "activeTargets"));
                    assertThat(targets).hasSize(expected).allSatisfy(target -> {
                        assertThat(target.get("lastError")).as("%s", target.get("scrapeUrl")).isEqualTo("");
                        assertThat(target.get("health")).as("%s", target.get("scrapeUrl")).isEqualTo("up");
                    });
                });
        return targets;
    }

    private static List<Map<String, Object>> awaitEveryRuleEvaluated(LocalPrometheus prometheus, int alerts) {
        List<Map<String, Object>> rules = new ArrayList<>();
        await("every rule loaded and evaluated").atMost(DEADLINE).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    rules.clear();
                    for (Map<String, Object> group : list(prometheus.api("/api/v1/rules"), "groups")) {
                        rules.addAll(list(group, "rules"));
                    }
                    assertThat(rules).hasSize(alerts).allSatisfy(rule -> assertThat(rule.get("health"))
                            .as("%s: %s", rule.get("name"), rule.get("lastError")).isEqualTo("ok"));
                });
        return rules;
    }

    /**
     * Which applications report each metric an alert reads, once each is reported everywhere it concerns: a
     * platform metric by every application, one of the outbox or inbox by every application with a database, one
     * of identity by identity-service, one an alert selects for an application by that application.
     */
    private static Map<String, Set<String>> awaitEveryMetricIn(LocalPrometheus prometheus, AlertRules rules,
                                                               List<Application> applications) {
        Map<String, Set<String>> where = new LinkedHashMap<>();
        await("every metric an alert reads").atMost(DEADLINE).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    where.clear();
                    for (String metric : rules.metricsRead().keySet()) {
                        Set<String> reporting = prometheus.query("count by (application) ({__name__=\"" + metric
                                + "\"})").stream().map(labels -> labels.get("application"))
                                .collect(Collectors.toCollection(TreeSet::new));
                        where.put(metric, reporting);
                    }
                    Map<String, Set<String>> missing = new LinkedHashMap<>();
                    where.forEach((metric, reporting) -> {
                        Set<String> absent = new TreeSet<>(concerned(metric, rules, applications));
                        absent.removeAll(reporting);
                        if (!absent.isEmpty()) {
                            missing.put(metric, absent);
                        }
                    });
                    assertThat(missing).as("metrics missing in the applications they concern").isEmpty();
                });
        return where;
    }

    private static Set<String> concerned(String metric, AlertRules rules, List<Application> applications) {
        for (String expression : rules.alerts().values()) {
            Matcher selected = Pattern.compile(Pattern.quote(metric) + "\\{[^}]*application=\"([^\"]+)\"")
                    .matcher(expression);
            if (selected.find()) {
                return Set.of(selected.group(1));
            }
        }
        if (metric.startsWith("identity_")) {
            return Set.of("identity-service");
        }
        boolean ownData = metric.startsWith("outbox_") || metric.startsWith("inbox_");
        return applications.stream().filter(app -> !ownData || app.database() != null).map(Application::name)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String section(String version, Duration took, Map<String, String> byTarget,
                                  List<Map<String, Object>> targets, List<Map<String, Object>> loaded,
                                  AlertRules rules, Map<String, Set<String>> where) {
        String targetTable = ReliabilityReport.table(List.of("application", "target", "health", "last error",
                "last scrape (s)"), targets.stream().map(t -> {
                    String address = (String) map(t, "labels").get("instance");
                    return List.of(byTarget.get(address), address, (String) t.get("health"),
                            ((String) t.get("lastError")).isEmpty() ? "none" : (String) t.get("lastError"),
                            String.format(Locale.ROOT, "%.3f", ((Number) t.get("lastScrapeDuration")).doubleValue()));
                }));
        String metricTable = ReliabilityReport.table(List.of("alert", "metric", "reported by"),
                rules.alerts().keySet().stream().flatMap(alert -> AlertRules.metricNames(rules.alerts().get(alert))
                        .stream().map(metric -> List.of(alert, "`" + metric + "`",
                                String.join(", ", where.get(metric))))));
        return """
                ## prometheus

                Debian's Prometheus %s scraped the %d applications' `/actuator/prometheus` every 2 s with \
                `deploy/monitoring/alerts.yaml`'s rules loaded: %d of %d rules healthy, every target up and every \
                metric found %s s after Prometheus started.

                %s
                Every metric an alert reads, and the applications reporting it from start-up:

                %s""".formatted(version, byTarget.size(),
                loaded.stream().filter(r -> "ok".equals(r.get("health"))).count(), loaded.size(),
                String.format(Locale.ROOT, "%.1f", took.toMillis() / 1000.0), targetTable, metricTable);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> from, String key) {
        return (List<Map<String, Object>>) from.get(key);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> from, String key) {
        return (Map<String, Object>) from.get(key);
    }
}
