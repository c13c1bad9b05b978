package io.accountsuite.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the local suite keeps its data and which ports it uses. The applications take consecutive ports from
 * {@code portBase}: the gateway first, then identity, membership, billing, site and domain.
 */
public record SuiteSettings(Path root, Path dataDir, int portBase, int postgresPort, int kafkaPort,
                            boolean fresh, Duration readyTimeout, Map<String, Map<String, String>> overrides,
                            Set<String> only, List<String> jvmFlags) {

    public SuiteSettings {
        overrides = Map.copyOf(overrides);
        only = Set.copyOf(only);
        jvmFlags = List.copyOf(jvmFlags);
    }

    /** Generous: six JVMs starting on two busy cores take minutes, and a start that fails usually exits first. */
    public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(180);
    /** The key of {@link #overrides} for settings of every application. */
    static final String EVERY_APPLICATION = "*";

    public static SuiteSettings fromArgs(String[] args) {
        Path root = findRoot(Path.of("").toAbsolutePath());
        SuiteSettings settings = defaults(root);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--fresh" -> settings = settings.withFresh(true);
                case "--data" -> settings = settings.withDataDir(Path.of(args[++i]).toAbsolutePath());
                case "--port-base" -> settings = settings.withPortBase(Integer.parseInt(args[++i]));
                case "--production" -> settings = settings.asInProduction();
                case "--help", "-h" -> throw new UsageException();
                default -> throw new UsageException("unknown option " + args[i]);
            }
        }
        return settings;
    }

    /** The settings of {@code ./run-local.sh} without options, for the project at {@code root}. */
    public static SuiteSettings defaults(Path root) {
        return new SuiteSettings(root, root.resolve(".data"), 8080, 15432, 19092, false, DEFAULT_READY_TIMEOUT,
                Map.of(), Set.of(), Application.LOCAL_JVM_FLAGS);
    }

    public SuiteSettings withFresh(boolean value) {
        return new SuiteSettings(root, dataDir, portBase, postgresPort, kafkaPort, value, readyTimeout,
                overrides, only, jvmFlags);
    }

    public SuiteSettings withDataDir(Path value) {
        return new SuiteSettings(root, value, portBase, postgresPort, kafkaPort, fresh, readyTimeout,
                overrides, only, jvmFlags);
    }

    public SuiteSettings withPortBase(int value) {
        return new SuiteSettings(root, dataDir, value, postgresPort, kafkaPort, fresh, readyTimeout, overrides,
                only, jvmFlags);
    }

    public SuiteSettings withInfrastructurePorts(int postgres, int kafka) {
        return new SuiteSettings(root, dataDir, portBase, postgres, kafka, fresh, readyTimeout, overrides,
                only, jvmFlags);
    }

    public SuiteSettings withReadyTimeout(Duration value) {
        return new SuiteSettings(root, dataDir, portBase, postgresPort, kafkaPort, fresh, value, overrides,
                only, jvmFlags);
    }

    /** Sets an environment variable of one application, over what the suite gives it. */
    public SuiteSettings withEnvironment(String application, String name, String value) {
        Map<String, Map<String, String>> copy = new HashMap<>(overrides);
        Map<String, String> env = new HashMap<>(copy.getOrDefault(application, Map.of()));
        env.put(name, value);
        copy.put(application, env);
        return new SuiteSettings(root, dataDir, portBase, postgresPort, kafkaPort, fresh, readyTimeout, copy,
                only, jvmFlags);
    }

    /** Sets an environment variable of every application, under what {@link #withEnvironment} sets for one. */
    public SuiteSettings withEnvironmentOfEvery(String name, String value) {
        return withEnvironment(EVERY_APPLICATION, name, value);
    }

    /**
     * Runs only the named applications beside PostgreSQL and Kafka, without demo data (which needs them all): for
     * tests of the launcher itself, which need not pay for six JVMs.
     */
    public SuiteSettings withOnly(String... applications) {
        return new SuiteSettings(root, dataDir, portBase, postgresPort, kafkaPort, fresh, readyTimeout, overrides,
                Set.of(applications), jvmFlags);
    }

    /**
     * The applications run as they do in production ({@link Application#PRODUCTION_JVM_FLAGS}, JSON logs) rather than
     * tuned for a quick start: for benchmarks (bench/run.sh), never for the tests.
     */
    public SuiteSettings asInProduction() {
        return new SuiteSettings(root, dataDir, portBase, postgresPort, kafkaPort, fresh, readyTimeout, overrides,
                only, Application.PRODUCTION_JVM_FLAGS).withEnvironmentOfEvery("LOG_FORMAT", "ecs");
    }

    /** Every application runs (the default), so the demo data can be loaded. */
    public boolean isWholeSuite() {
        return only.isEmpty();
    }

    public Path logs() {
        return dataDir.resolve("logs");
    }

    public int kafkaControllerPort() {
        return kafkaPort + 1;
    }

    public String kafkaBootstrap() {
        return "127.0.0.1:" + kafkaPort;
    }

    public List<Application> applications() {
        return Application.all(this).stream().filter(app -> only.isEmpty() || only.contains(app.name())).toList();
    }

    /** The project root: the nearest directory up from here that holds the Maven wrapper and the parent POM. */
    public static Path findRoot(Path from) {
        for (Path dir = from; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("mvnw")) && Files.exists(dir.resolve("local/pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("run this from inside the project (no mvnw and local/pom.xml above "
                + from + ")");
    }

    static final class UsageException extends RuntimeException {
        UsageException() {
            super(null, null, false, false);
        }

        UsageException(String message) {
            super(message, null, false, false);
        }
    }
}
