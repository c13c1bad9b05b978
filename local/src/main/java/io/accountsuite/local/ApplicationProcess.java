package io.accountsuite.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** A running application JVM: started from its jar, logging to its own file, asked whether it is ready. */
final class ApplicationProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final Application application;
    private final List<String> jvmFlags;
    private final Path log;
    private final Map<String, String> addedEnvironment = new ConcurrentHashMap<>();
    private volatile Process process;
    private volatile boolean held;

    ApplicationProcess(Application application, List<String> jvmFlags, Path logs) {
        this.application = application;
        this.jvmFlags = List.copyOf(jvmFlags);
        this.log = logs.resolve(application.name() + ".log");
    }

    synchronized void start() throws IOException {
        if (!Files.exists(application.jar())) {
            throw new IOException(application.jar() + " is missing; build first (./mvnw -DskipTests package)");
        }
        List<String> command = new ArrayList<>();
        command.add(LocalKafka.java());
        command.addAll(jvmFlags);
        command.add("-jar");
        command.add(application.jar().toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(application.environment());
        builder.environment().putAll(addedEnvironment);
        process = builder.start();
    }

    boolean isReady() {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(application.readinessUrl()))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    boolean isAlive() {
        Process current = process;
        return current != null && current.isAlive();
    }

    /** The exit code, or -1 while it runs. */
    int exitCode() {
        Process current = process;
        return current == null || current.isAlive() ? -1 : current.exitValue();
    }

    long pid() {
        Process current = process;
        return current == null ? -1 : current.pid();
    }

    /** Asks the JVM to stop (SIGTERM: Spring shuts down gracefully), then insists after the grace period. */
    void stop(Duration grace) throws InterruptedException {
        Process current = process;
        if (current == null || !current.isAlive()) {
            return;
        }
        current.destroy();
        if (!current.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
            current.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Settings added to the application's environment from its next start on (kept for later restarts). */
    void addEnvironment(Map<String, String> environment) {
        addedEnvironment.putAll(environment);
    }

    /** Whether it was stopped on purpose: the restart policy leaves it down until it is started again. */
    boolean isHeld() {
        return held;
    }

    void hold(boolean held) {
        this.held = held;
    }

    List<String> lastLogLines(int count) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return lines.subList(Math.max(0, lines.size() - count), lines.size());
        } catch (IOException e) {
            return List.of("(no log at " + log + ")");
        }
    }

    Application application() {
        return application;
    }

    Path log() {
        return log;
    }
}
