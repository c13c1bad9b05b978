package io.accountsuite.e2e.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.accountsuite.e2e.RunningSuite;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** The running suite's Kafka topics and consumer groups, as an operator sees them. */
final class SuiteTopics {

    private SuiteTopics() {
    }

    /** Every record of every topic of the suite (not Kafka's own), each read from its beginning, in order. */
    static List<ConsumerRecord<String, String>> everyRecord() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "reliability-reader-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(config)) {
            List<TopicPartition> partitions = consumer.listTopics(Duration.ofSeconds(10)).values().stream()
                    .flatMap(List::stream).filter(p -> !p.topic().startsWith("__"))
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    /**
     * How many events the consumer group has yet to commit, over every partition of every topic it has committed
     * on; -1 while the group has committed nothing.
     */
    static long lag(String group) {
        try (Admin admin = admin()) {
            // A partition the group was given but never committed on comes with no offset (null).
            Map<TopicPartition, Long> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS).entrySet().stream()
                    .filter(e -> e.getValue() != null)
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
            if (committed.isEmpty()) {
                return -1;
            }
            List<String> topics = committed.keySet().stream().map(TopicPartition::topic).distinct().toList();
            List<TopicPartition> partitions = admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS)
                    .values().stream().flatMap(topic -> topic.partitions().stream()
                            .map(p -> new TopicPartition(topic.name(), p.partition()))).toList();
            var ends = admin.listOffsets(partitions.stream()
                    .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get(10, TimeUnit.SECONDS);
            return partitions.stream().mapToLong(p -> ends.get(p).offset() - committed.getOrDefault(p, 0L)).sum();
        } catch (Exception e) {
            throw new IllegalStateException("the lag of " + group + " could not be read", e);
        }
    }

    private static Admin admin() {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        // The API timeout may not be shorter than a request's (the client refuses to be created otherwise).
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        return Admin.create(config);
    }

    private static String bootstrap() {
        return "127.0.0.1:" + RunningSuite.KAFKA_PORT;
    }
}
