package io.accountsuite.platform.autoconfigure;

import java.util.List;

import io.accountsuite.platform.events.CurrentTrace;
import io.accountsuite.platform.events.EventJson;
import io.accountsuite.platform.events.KafkaTopicSettings;
import io.accountsuite.platform.health.KafkaHealthIndicator;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The event format, the trace an event carries, the broker's health for readiness, and the topics this application
 * publishes or consumes.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
public class PlatformMessagingAutoConfiguration {

    @Bean
    EventJson eventJson() {
        return new EventJson();
    }

    @Bean
    CurrentTrace currentTrace(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return new CurrentTrace(tracer.getIfAvailable(() -> Tracer.NOOP), propagator.getIfAvailable(() -> Propagator.NOOP));
    }

    @Bean
    KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin admin) {
        return new KafkaHealthIndicator(admin.getConfigurationProperties());
    }

    /**
     * Creates, if absent, the topics this application publishes ({@code platform.kafka.topics}). In production the
     * topics are declared by operations and this is a no-op.
     */
    @Bean
    KafkaAdmin.NewTopics publishedTopics(@Value("${platform.kafka.topics:}") List<String> published,
                                         KafkaTopicSettings settings) {
        return settings.topics(published);
    }

    @Bean
    KafkaTopicSettings kafkaTopicSettings(@Value("${platform.kafka.partitions:3}") int partitions,
                                          @Value("${platform.kafka.replication-factor:1}") short replication) {
        return new KafkaTopicSettings(partitions, replication);
    }
}
