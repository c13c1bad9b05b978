package io.accountsuite.platform.autoconfigure;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.accountsuite.contracts.Topics;
import io.accountsuite.platform.events.EventJson;
import io.accountsuite.platform.health.KafkaHealthIndicator;
import io.accountsuite.platform.inbox.EventHandler;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;

/** The event format, the broker's health for readiness, and the topics this application publishes or consumes. */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
public class PlatformMessagingAutoConfiguration {

    @Bean
    EventJson eventJson() {
        return new EventJson();
    }

    @Bean
    KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin admin) {
        return new KafkaHealthIndicator(admin.getConfigurationProperties());
    }

    /**
     * Creates, if absent, the topics named in {@code platform.kafka.topics}, the topics the handlers consume, and
     * a dead-letter topic for each consumed topic. In production the topics are declared by operations; creation
     * here is then a no-op.
     */
    @Bean
    KafkaAdmin.NewTopics platformTopics(@Value("${platform.kafka.topics:}") List<String> published,
                                        ObjectProvider<EventHandler<?>> handlers,
                                        @Value("${platform.kafka.partitions:3}") int partitions,
                                        @Value("${platform.kafka.replication-factor:1}") short replication) {
        Set<String> names = new LinkedHashSet<>(published);
        handlers.orderedStream().map(h -> h.eventType().topic()).forEach(topic -> {
            names.add(topic);
            names.add(Topics.deadLetterOf(topic));
        });
        names.removeIf(String::isBlank);
        return new KafkaAdmin.NewTopics(names.stream()
                .map(name -> new NewTopic(name, partitions, replication))
                .toArray(NewTopic[]::new));
    }
}
