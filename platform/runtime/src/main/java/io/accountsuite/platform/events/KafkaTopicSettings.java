package io.accountsuite.platform.events;

import java.util.Collection;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.kafka.core.KafkaAdmin;

/** How topics an application creates at start-up are laid out ({@code platform.kafka.*}). */
public record KafkaTopicSettings(int partitions, short replicationFactor) {

    public KafkaAdmin.NewTopics topics(Collection<String> names) {
        return new KafkaAdmin.NewTopics(names.stream()
                .filter(name -> !name.isBlank())
                .distinct()
                .map(name -> new NewTopic(name, partitions, replicationFactor))
                .toArray(NewTopic[]::new));
    }
}
