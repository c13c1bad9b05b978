package io.accountsuite.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A single-node KRaft broker in a JVM of its own, from the Kafka jars on the launcher's classpath, so that it can
 * be stopped and started like the real one. Its log directory is kept between runs.
 */
final class LocalKafka implements AutoCloseable {

    private final Process process;

    private LocalKafka(Process process) {
        this.process = process;
    }

    static LocalKafka start(SuiteSettings settings, String classpath) throws IOException, InterruptedException {
        Path home = settings.dataDir().resolve("kafka");
        Path logDirs = home.resolve("data");
        Path config = home.resolve("server.properties");
        Files.createDirectories(logDirs);
        Files.writeString(config, serverProperties(settings, logDirs));
        if (!Files.exists(logDirs.resolve("meta.properties"))) {
            format(config, classpath, settings.logs().resolve("kafka-format.log"));
        }
        Process process = new ProcessBuilder(java(), "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
                "-cp", classpath, "kafka.Kafka", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(settings.logs().resolve("kafka.log").toFile()))
                .start();
        LocalKafka kafka = new LocalKafka(process);
        kafka.awaitReady(settings.kafkaBootstrap(), Duration.ofSeconds(60));
        return kafka;
    }

    private static void format(Path config, String classpath, Path log) throws IOException, InterruptedException {
        String clusterId = Uuid.randomUuid().toString();
        Process format = new ProcessBuilder(java(), "-cp", classpath, "kafka.tools.StorageTool", "format",
                "-t", clusterId, "-c", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
            throw new IOException("formatting Kafka's storage failed; see " + log);
        }
    }

    private static String serverProperties(SuiteSettings settings, Path logDirs) {
        int port = settings.kafkaPort();
        int controller = settings.kafkaControllerPort();
        return String.join("\n", List.of(
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controller,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controller,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "inter.broker.listener.name=PLAINTEXT",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "num.partitions=3",
                "auto.create.topics.enable=true",
                "log.dirs=" + logDirs)) + "\n";
    }

    private void awaitReady(String bootstrap, Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
        try (AdminClient admin = AdminClient.create(config)) {
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IOException("the Kafka broker exited with code " + process.exitValue());
                }
                try {
                    if (!admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    Thread.sleep(250); // not up yet; the deadline bounds this loop
                }
            }
        }
        throw new IOException("the Kafka broker was not ready within " + timeout.toSeconds() + " s");
    }

    static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** SIGKILL, as a crashed broker: nothing is flushed or handed over. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
