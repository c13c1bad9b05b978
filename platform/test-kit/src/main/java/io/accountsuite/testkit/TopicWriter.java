package io.accountsuite.testkit;

import java.util.Properties;
import java.util.concurrent.ExecutionException;

import io.accountsuite.contracts.EventEnvelope;
import io.accountsuite.contracts.EventType;
import io.accountsuite.platform.events.EventJson;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes an event to the shared broker as another service's outbox relay would, for tests of what an application
 * does with events it does not publish itself. Waits until the broker has acknowledged it.
 */
public final class TopicWriter {

    private static final EventJson JSON = new EventJson();

    private TopicWriter() {
    }

    public static <P> void publish(EventType<P> type, EventEnvelope<P> event) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.kafkaBootstrapServers());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (var producer = new KafkaProducer<String, String>(config)) {
            producer.send(new ProducerRecord<>(type.topic(), event.key(), JSON.write(event))).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot publish " + type.name(), e.getCause());
        }
    }
}
