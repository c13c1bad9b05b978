package io.accountsuite.e2e.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.json.JsonMapper;

/**
 * The alerts of {@code deploy/monitoring/alerts.yaml} (a Prometheus Operator PrometheusRule, the one source of the
 * rules): its {@code spec} is a plain Prometheus rules file, written out for a Prometheus started by hand, and each
 * alert's expression names the metrics it reads.
 *
 * @param spec the rule groups, as the CRD's {@code spec} holds them
 */
record AlertRules(Map<String, Object> spec) {

    /** PromQL words that look like metric names: aggregations, modifiers and set operators. */
    private static final Set<String> KEYWORDS = Set.of("sum", "min", "max", "avg", "group", "stddev", "stdvar",
            "count", "count_values", "bottomk", "topk", "quantile", "by", "without", "on", "ignoring", "group_left",
            "group_right", "bool", "and", "or", "unless", "offset", "atan2", "inf", "nan");
    private static final Pattern QUOTED = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");
    private static final Pattern MATCHERS = Pattern.compile("\\{[^}]*}|\\[[^]]*]");
    private static final Pattern GROUPING = Pattern.compile(
            "\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern NAME = Pattern.compile("(?<![\\w:.])([a-zA-Z_:][a-zA-Z0-9_:]*+)(?!\\s*\\()");

    static AlertRules read(Path crd) {
        try {
            Map<String, Object> resource = new Yaml().load(Files.readString(crd));
            return new AlertRules(cast(resource.get("spec")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the rule groups as a rules file Prometheus loads (JSON, which is YAML) and answers its path. */
    Path writeRulesFile(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, JsonMapper.builder().build().writeValueAsString(spec));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each alert's name and expression, in the file's order. */
    Map<String, String> alerts() {
        Map<String, String> alerts = new LinkedHashMap<>();
        for (Object group : (List<?>) spec.get("groups")) {
            for (Object rule : (List<?>) cast(group).get("rules")) {
                Map<String, Object> r = cast(rule);
                if (r.containsKey("alert")) {
                    alerts.put((String) r.get("alert"), (String) r.get("expr"));
                }
            }
        }
        return alerts;
    }

    /**
     * The metric names a PromQL expression reads: what is left once strings, label matchers, ranges, grouping
     * label lists, functions (a name before a parenthesis), keywords and numbers are taken out.
     */
    static Set<String> metricNames(String expression) {
        String bare = GROUPING.matcher(MATCHERS.matcher(QUOTED.matcher(expression).replaceAll(" ")).replaceAll(" "))
                .replaceAll(" ");
        Set<String> names = new LinkedHashSet<>();
        Matcher m = NAME.matcher(bare);
        while (m.find()) {
            if (!KEYWORDS.contains(m.group(1).toLowerCase())) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** Every metric name any alert reads, with the alerts that read it. */
    Map<String, List<String>> metricsRead() {
        Map<String, List<String>> read = new LinkedHashMap<>();
        alerts().forEach((alert, expression) -> metricNames(expression)
                .forEach(name -> read.computeIfAbsent(name, n -> new ArrayList<>()).add(alert)));
        return read;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object value) {
        return (Map<String, Object>) value;
    }
}
