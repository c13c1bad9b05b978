package io.accountsuite.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alerts of {@code deploy/monitoring/alerts.yaml} fire when they should: the machine's {@code promtool test
 * rules} (Debian package {@code prometheus}) runs {@code alerts-test.yaml} (test resources) against the
 * PrometheusRule's {@code spec}, written as a plain rules file under {@code target/promtool}, so the CRD stays the
 * one source of the rules. Every alert has a case that fires it, with its labels and annotations.
 */
@SuppressWarnings("unchecked")
class AlertsFireTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path WORK = Path.of("target", "promtool").toAbsolutePath();
    private static final String TESTS = "alerts-test.yaml";

    @Test
    void every_alert_fires_on_synthetic_series_and_stays_quiet_where_it_should() throws Exception {
        Files.createDirectories(WORK);
        writeRulesFile(WORK.resolve("alerts.rules.yaml"));
        try (InputStream tests = AlertsFireTest.class.getResourceAsStream("/" + TESTS)) {
            Files.copy(tests, WORK.resolve(TESTS), StandardCopyOption.REPLACE_EXISTING);
        }

        Process promtool = new ProcessBuilder("promtool", "test", "rules", TESTS).directory(WORK.toFile())
                .redirectErrorStream(true).start();
        String out = new String(promtool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(promtool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(promtool.exitValue()).as("promtool test rules %s:%n%s", TESTS, out).isZero();
    }

    @Test
    void every_alert_has_a_case_that_fires_it() throws IOException {
        Set<String> fired = new TreeSet<>();
        Map<String, Object> tests;
        try (InputStream in = AlertsFireTest.class.getResourceAsStream("/" + TESTS)) {
            tests = new Yaml().load(in);
        }
        for (Map<String, Object> test : (List<Map<String, Object>>) tests.get("tests")) {
            for (Map<String, Object> check : (List<Map<String, Object>>) test.get("alert_rule_test")) {
                if (!((List<?>) check.get("exp_alerts")).isEmpty()) {
                    fired.add((String) check.get("alertname"));
                }
            }
        }
        assertThat(fired).containsAll(alerts());
    }

    /** The PrometheusRule's {@code spec}: a rules file as Prometheus and promtool read it. */
    private static void writeRulesFile(Path file) throws IOException {
        DumperOptions block = new DumperOptions();
        block.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        Files.writeString(file, new Yaml(block).dump(spec()));
    }

    private static Set<String> alerts() throws IOException {
        Set<String> alerts = new TreeSet<>();
        for (Map<String, Object> group : (List<Map<String, Object>>) spec().get("groups")) {
            for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                if (rule.containsKey("alert")) {
                    alerts.add((String) rule.get("alert"));
                }
            }
        }
        assertThat(alerts).as("alerts in deploy/monitoring/alerts.yaml").isNotEmpty();
        return alerts;
    }

    private static Map<String, Object> spec() throws IOException {
        Map<String, Object> rule = new Yaml().load(Files.readString(ROOT.resolve("deploy/monitoring/alerts.yaml")));
        assertThat(rule.get("kind")).isEqualTo("PrometheusRule");
        return (Map<String, Object>) rule.get("spec");
    }
}
