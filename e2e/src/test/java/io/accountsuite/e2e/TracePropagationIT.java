package io.accountsuite.e2e;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

import io.accountsuite.e2e.Customers.NewCustomer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static io.accountsuite.e2e.RunningSuite.call;
import static io.accountsuite.e2e.RunningSuite.gateway;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One request followed through the running suite by its W3C trace id: a customer's purchase enters the gateway with
 * a traceparent, membership-service handles it and publishes MembershipCreated, billing-service consumes that
 * event and publishes InvoiceIssued. Both events carry the request's trace id in their Kafka headers, and each
 * application reports its part of that trace as spans to the collector.
 */
@ExtendWith(RunningSuite.class)
class TracePropagationIT {

    @Test
    void a_request_and_the_events_it_causes_share_one_trace_id() {
        NewCustomer customer = Customers.create();
        String traceId = hex(16);
        String traceparent = "00-" + traceId + "-" + hex(8) + "-01";

        var bought = call("POST", gateway("/api/memberships"), customer.token(),
                Customers.membership("demo-basic", "Traced site", customer.email().substring(2, 10)),
                Map.of("traceparent", traceparent));
        assertThat(bought.status()).isEqualTo(201);
        String membershipId = bought.string("id");

        assertThat(traceIdOf(eventOf("membership.events", "MembershipCreated", membershipId)))
                .as("the event membership-service published while handling the request").isEqualTo(traceId);
        assertThat(traceIdOf(eventOf("billing.events", "InvoiceIssued", membershipId)))
                .as("the event billing-service published while consuming MembershipCreated").isEqualTo(traceId);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(RunningSuite.spans().ofTrace(traceId))
                .as("spans reported for the trace").extracting(SpanCollector.Span::service)
                .contains("gateway", "membership-service", "billing-service"));
        assertThat(RunningSuite.spans().ofTrace(traceId)).as("the gateway's answer to the customer")
                .anySatisfy(span -> {
                    assertThat(span.service()).isEqualTo("gateway");
                    assertThat(span.kind()).isEqualTo("SERVER");
                });
    }

    /** The first event of that type on the topic that mentions the value, waiting for it up to 30 s. */
    private static ConsumerRecord<String, String> eventOf(String topic, String type, String mentioning) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + RunningSuite.KAFKA_PORT);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (var consumer = new KafkaConsumer<String, String>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.value().contains("\"type\":\"" + type + "\"") && record.value().contains(mentioning)) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("no " + type + " mentioning " + mentioning + " on " + topic + " within 30 s");
    }

    private static String traceIdOf(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        assertThat(headers).containsKey("traceparent");
        return headers.get("traceparent").split("-")[1];
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
