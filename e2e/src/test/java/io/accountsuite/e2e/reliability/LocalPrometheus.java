package io.accountsuite.e2e.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.accountsuite.e2e.RunningSuite;

/**
 * The machine's Prometheus ({@code /usr/bin/prometheus}, Debian's package, as an SRE on Debian would run it) as a
 * child process on {@code 127.0.0.1}, scraping the given targets' {@code /actuator/prometheus} every 2 s and
 * evaluating a rules file, its storage fresh under {@code directory}. Read through its HTTP API.
 */
final class LocalPrometheus implements AutoCloseable {

    static final String BINARY = "/usr/bin/prometheus";

    private final Process process;
    private final int port;

    private LocalPrometheus(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts Prometheus.
     *
     * @param targets {@code host:port} of each management port to scrape
     * @param rules a Prometheus rules file
     */
    static LocalPrometheus start(Path directory, int port, List<String> targets, Path rules) throws IOException {
        Path storage = directory.resolve("data");
        deleteRecursively(storage);
        Files.createDirectories(storage);
        Path config = Files.writeString(directory.resolve("prometheus.yml"), config(targets, rules));
        Process process = new ProcessBuilder(BINARY, "--config.file=" + config, "--storage.tsdb.path=" + storage,
                "--web.listen-address=127.0.0.1:" + port, "--storage.tsdb.retention.time=1h")
                .redirectErrorStream(true).redirectOutput(directory.resolve("prometheus.log").toFile()).start();
        return new LocalPrometheus(process, port);
    }

    /**
     * Scrapes every 2 s, each scrape within 2 s (a target slower than that is down), and evaluates the rules every
     * second.
     */
    private static String config(List<String> targets, Path rules) {
        String list = targets.stream().map(t -> "'" + t + "'").collect(Collectors.joining(", "));
        return """
                global:
                  scrape_interval: 2s
                  scrape_timeout: 2s
                  evaluation_interval: 1s
                rule_files: ['%s']
                scrape_configs:
                  - job_name: account-suite
                    metrics_path: /actuator/prometheus
                    static_configs:
                      - targets: [%s]
                """.formatted(rules, list);
    }

    /** The {@code data} of an API answer, e.g. {@code /api/v1/targets}; fails unless the call succeeded. */
    Map<String, Object> api(String path) {
        RunningSuite.Response response = RunningSuite.call("GET", "http://127.0.0.1:" + port + path, null, null);
        if (response.status() != 200 || !"success".equals(response.string("status"))) {
            throw new IllegalStateException(path + " answered " + response.status() + " " + response.body());
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) response.body().get("data");
        return data;
    }

    /** The series of an instant query's vector result: each one's labels. */
    @SuppressWarnings("unchecked")
    List<Map<String, String>> query(String promql) {
        List<Map<String, Object>> result = (List<Map<String, Object>>) api("/api/v1/query?query="
                + URLEncoder.encode(promql, StandardCharsets.UTF_8)).get("result");
        return result.stream().map(series -> (Map<String, String>) series.get("metric")).toList();
    }

    /** Stops Prometheus as a service manager would (SIGTERM), then for good if it does not stop within 10 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(Duration.ofSeconds(5).toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
