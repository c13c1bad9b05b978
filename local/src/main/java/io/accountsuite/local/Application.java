package io.accountsuite.local;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One of the seven applications as the local suite runs it: its jar, port, database and environment. Its probes and
 * metrics answer on {@link #managementPort()}, {@value #MANAGEMENT_OFFSET} above its port.
 */
public record Application(String name, Path jar, int port, String database, Map<String, String> environment) {

    static final int MANAGEMENT_OFFSET = 100;

    /** Small heaps and quick start-up: seven JVMs share two cores (STACK.md). */
    static final List<String> LOCAL_JVM_FLAGS = List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-Xss512k", "-XX:ReservedCodeCacheSize=64m", "-XX:+ExitOnOutOfMemoryError");

    /**
     * What the JVM runs with in its container (deploy/: a 768 MiB limit, {@code -XX:MaxRAMPercentage=75}): a 576 MB
     * heap, the serial collector the JVM picks below 1,792 MB, the default tiered JIT.
     */
    static final List<String> PRODUCTION_JVM_FLAGS = List.of("-Xmx576m", "-XX:+UseSerialGC",
            "-XX:+ExitOnOutOfMemoryError");

    static List<Application> all(SuiteSettings settings) {
        int base = settings.portBase();
        String identityUrl = "http://127.0.0.1:" + (base + 1);
        return List.of(
                withEnvironment(service(settings, "identity-service", base + 1, "identity"), Map.of(
                        "IDENTITY_BOOTSTRAP_ADMIN_EMAIL", DemoData.ADMIN_EMAIL,
                        "IDENTITY_BOOTSTRAP_ADMIN_PASSWORD", DemoData.DEMO_PASSWORD,
                        // A fixed, public key: the local suite seals its signing keys as production does, and
                        // keeps opening them across restarts of its persistent database.
                        "IDENTITY_SIGNING_KEY_ENCRYPTION_KEY", "UMcHOk+1vz4hRtQnOt2NpMabPij1ETnCGjt8orjT4Fg=")),
                service(settings, "membership-service", base + 2, "membership"),
                withEnvironment(service(settings, "billing-service", base + 3, "billing"), Map.of(
                        // Locally every payment succeeds, except with the test card 4000 0000 0000 0002.
                        "BILLING_PAYMENT_METHOD", "test")),
                service(settings, "site-service", base + 4, "site"),
                service(settings, "domain-service", base + 5, "domain"),
                withEnvironment(service(settings, "notification-service", base + 6, "notification"), Map.of(
                        // Every mail goes to the suite's own mail server, which keeps it (LocalMail).
                        "MAIL_HOST", "127.0.0.1",
                        "MAIL_PORT", Integer.toString(settings.mailSmtpPort()),
                        // Links in mails open the page on localhost, where the browser keeps its Secure cookies.
                        "NOTIFICATION_PAGE_URL", "http://localhost:" + base)),
                withEnvironment(service(settings, "gateway", base, null), Map.of(
                        "IDENTITY_URL", identityUrl,
                        "MEMBERSHIP_URL", "http://127.0.0.1:" + (base + 2),
                        "BILLING_URL", "http://127.0.0.1:" + (base + 3),
                        "SITE_URL", "http://127.0.0.1:" + (base + 4),
                        "DOMAIN_URL", "http://127.0.0.1:" + (base + 5),
                        "NOTIFICATION_URL", "http://127.0.0.1:" + (base + 6))));
    }

    private static Application service(SuiteSettings settings, String name, int port, String database) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PORT", Integer.toString(port));
        env.put("MANAGEMENT_PORT", Integer.toString(port + MANAGEMENT_OFFSET));
        env.put("KAFKA_BOOTSTRAP_SERVERS", settings.kafkaBootstrap());
        env.put("JWKS_URI", "http://127.0.0.1:" + (settings.portBase() + 1) + "/.well-known/jwks.json");
        if (database != null) {
            env.put("DB_HOST", "127.0.0.1");
            env.put("DB_PORT", Integer.toString(settings.postgresPort()));
            env.put("DB_NAME", database);
            env.put("DB_USER", "postgres");
            env.put("DB_PASSWORD", "");
        }
        env.putAll(settings.overrides().getOrDefault(SuiteSettings.EVERY_APPLICATION, Map.of()));
        env.putAll(settings.overrides().getOrDefault(name, Map.of()));
        Path jar = settings.root().resolve(name).resolve("target").resolve(name + ".jar");
        return new Application(name, jar, port, database, env);
    }

    private static Application withEnvironment(Application app, Map<String, String> extra) {
        Map<String, String> env = new LinkedHashMap<>(extra);
        env.putAll(app.environment());
        return new Application(app.name(), app.jar(), app.port(), app.database(), env);
    }

    /** The port of the application's actuator: probes, metrics, parked events. */
    public int managementPort() {
        return port + MANAGEMENT_OFFSET;
    }

    public String readinessUrl() {
        return "http://127.0.0.1:" + managementPort() + "/actuator/health/readiness";
    }
}
