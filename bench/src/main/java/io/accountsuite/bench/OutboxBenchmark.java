package io.accountsuite.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import io.accountsuite.contracts.EventType;
import io.accountsuite.platform.outbox.Outbox;
import io.accountsuite.testkit.Infrastructure;
import io.accountsuite.testkit.RealInfrastructureInitializer;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;

/**
 * How fast and how promptly the transactional outbox delivers: writers commit one event per transaction, the
 * relay publishes, a plain consumer reads. Reports throughput and the latency from the event's creation (just
 * before its commit) to its consumption. Real PostgreSQL and Kafka from the test kit.
 *
 * <p>Arguments: {@code [events] [concurrent writers]}, default 20000 and 8.
 */
@SpringBootApplication
public class OutboxBenchmark {

    record Ping(long sequence) {
        static final EventType<Ping> TYPE = EventType.of("Ping", 1, "bench.events", Ping.class);
    }

    public static void main(String[] args) {
        try {
            benchmark(args);
            System.exit(0);
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1); // the embedded broker's threads would keep the JVM alive
        }
    }

    private static void benchmark(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int writers = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        SpringApplication application = new SpringApplication(OutboxBenchmark.class);
        application.addInitializers(new RealInfrastructureInitializer());
        try (ConfigurableApplicationContext context = application.run("--platform.outbox.poll-interval=5s")) {
            Outbox outbox = context.getBean(Outbox.class);
            TransactionalOperator tx = context.getBean(TransactionalOperator.class);
            run(outbox, tx, Math.max(1000, events / 10), writers, false);
            Result result = run(outbox, tx, events, writers, true);
            System.out.println(result);
        }
    }

    private static Result run(Outbox outbox, TransactionalOperator tx, int events, int writers, boolean report)
            throws Exception {
        try (KafkaConsumer<String, String> consumer = consumerAtEnd()) {
            Instant begin = Instant.now();
            AtomicLong sequence = new AtomicLong();
            Thread producer = new Thread(() -> Flux.range(0, events)
                    .flatMap(i -> tx.transactional(outbox.append(Ping.TYPE, UUID.randomUUID(), UUID.randomUUID(),
                            new Ping(sequence.incrementAndGet()))), writers)
                    .blockLast());
            producer.start();
            Histogram latency = new Histogram(Duration.ofMinutes(5).toMillis(), 3);
            int seen = 0;
            Instant deadline = begin.plus(Duration.ofMinutes(10));
            while (seen < events && Instant.now().isBefore(deadline)) {
                for (var record : consumer.poll(Duration.ofMillis(100))) {
                    Instant occurred = Instant.parse(occurredAt(record.value()));
                    latency.recordValue(Math.max(0, Duration.between(occurred, Instant.now()).toMillis()));
                    seen++;
                }
            }
            producer.join();
            Duration elapsed = Duration.between(begin, Instant.now());
            if (seen < events) {
                throw new IllegalStateException("only " + seen + " of " + events + " events arrived");
            }
            return new Result(events, writers, elapsed, latency);
        }
    }

    private static String occurredAt(String json) {
        int at = json.indexOf("\"occurredAt\":\"") + 14;
        return json.substring(at, json.indexOf('"', at));
    }

    private static KafkaConsumer<String, String> consumerAtEnd() {
        var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.kafkaBootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"));
        List<TopicPartition> partitions = consumer.partitionsFor(Ping.TYPE.topic()).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    record Result(int events, int writers, Duration elapsed, Histogram latency) {
        @Override
        public String toString() {
            return String.format("events=%d writers=%d elapsed=%.2fs throughput=%.0f events/s "
                            + "latency ms p50=%d p90=%d p99=%d max=%d",
                    events, writers, elapsed.toMillis() / 1000.0, events * 1000.0 / elapsed.toMillis(),
                    latency.getValueAtPercentile(50), latency.getValueAtPercentile(90),
                    latency.getValueAtPercentile(99), latency.getMaxValue());
        }
    }
}
