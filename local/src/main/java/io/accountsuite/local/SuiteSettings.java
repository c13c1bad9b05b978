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
 * {@code portBase}: the gateway first, then identity, membership, billing, site, domain and notification. The mail
 * server's two ports follow from the base too ({@link #mailSmtpPort()}, {@link #mailApiPort()}), so suites on
 * different bases never share one.
 */
public record SuiteSettings(Path root, Path dataDir, int portBase, int postgresPort, int kafkaPort,
                            boolean fresh, Duration readyTimeout, Map<String, Map<String, String>> overrides,
                            Set<String> only, List<String> jvmFlags) {

    public SuiteSettings {
        overrides = Map.copyOf(overrides);
        only = Set.copyOf(only);
        jvmFlags = List.copyOf(jvmFlags);
    }

    /** Generous: seven JVMs starting on two busy cores take minutes, and a start that fails usually exits first. */
    public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(180);
    /** The key of {@link #overrides} for settings of every application. */
    static final String EVERY_APPLICATION = "*";
    /** The mail server's SMTP port below the base: 3025 for 8080 (GreenMail's usual test port). */
    private static final int MAIL_SMTP_BELOW_BASE = 5055;
    /** Its HTTP API's port below the base: 8025 for 8080 (where compose's Mailpit shows its mail). */
    private static final int MAIL_API_BELOW_BASE = 55;
    /** The lowest base whose SMTP port stays above the privileged ports (below 1024, root only). */
    static final int LOWEST_PORT_BASE = 1024 + MAIL_SMTP_BELOW_BASE;
    /** The highest base whose last management port (notification's, base + 6 + 100) is still a port. */
    static final int HIGHEST_PORT_BASE = 65535 - 6 - Application.MANAGEMENT_OFFSET;

    public static SuiteSettings fromArgs(String[] args) {
        Path root = findRoot(Path.of("").toAbsolutePath());
        SuiteSettings settings = defaults(root);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--fresh" -> settings = settings.withFresh(true);
                case "--data" -> settings = settings.withDataDir(Path.of(args[++i]).toAbsolutePath());
                case "--port-base" -> settings = settings.withPortBase(portBase(args[++i]));
                case "--production" -> settings = settings.asInProduction();
                case "--help", "-h" -> throw new UsageException();
                default -> throw new UsageException("unknown option " + args[i]);
            }
        }
        return settings;
    }

    private static int portBase(String value) {
        int base = Integer.parseInt(value);
        if (base < LOWEST_PORT_BASE || base > HIGHEST_PORT_BASE) {
            throw new UsageException("--port-base must be between " + LOWEST_PORT_BASE + " and " + HIGHEST_PORT_BASE
                    + " (the mail server's SMTP port is " + MAIL_SMTP_BELOW_BASE + " below it)");
        }
        return base;
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

    /** Where notification-service hands its mail over (GreenMail's SMTP server): 3025 for the base 8080. */
    public int mailSmtpPort() {
        return portBase - MAIL_SMTP_BELOW_BASE;
    }

    /**
     * GreenMail's HTTP API, which shows the mail it caught: 8025 for the base 8080 ({@code GET
     * /api/user/<email>/messages/INBOX}).
     */
    public int mailApiPort() {
        return portBase - MAIL_API_BELOW_BASE;
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
