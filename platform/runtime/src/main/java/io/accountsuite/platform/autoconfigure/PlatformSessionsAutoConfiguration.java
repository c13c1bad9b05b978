package io.accountsuite.platform.autoconfigure;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import io.accountsuite.contracts.Topics;
import io.accountsuite.platform.events.EventJson;
import io.accountsuite.platform.events.KafkaTopicSettings;
import io.accountsuite.platform.events.ListenerContainers;
import io.accountsuite.platform.events.MalformedEventException;
import io.accountsuite.platform.security.sessions.SessionRevocations;
import io.accountsuite.platform.security.sessions.SessionRevocationsReadiness;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.MessageListener;

/**
 * Every application reads identity-service's topic from its start into {@link SessionRevocations}, in a consumer
 * group of its own instance (every instance sees every event; applying one twice changes nothing, so no inbox), and
 * is ready only once it has caught up (readiness contributor {@code sessionRevocations}).
 */
@AutoConfiguration(after = {KafkaAutoConfiguration.class, PlatformClockAutoConfiguration.class,
        PlatformMessagingAutoConfiguration.class})
public class PlatformSessionsAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PlatformSessionsAutoConfiguration.class);

    @Bean
    SessionRevocations sessionRevocations(Clock clock) {
        return new SessionRevocations(clock);
    }

    @Bean
    ConcurrentMessageListenerContainer<String, String> sessionRevocationsListener(
            ConsumerFactory<String, String> consumers, SessionRevocations revocations, EventJson json) {
        var properties = ListenerContainers.properties(Topics.IDENTITY);
        properties.setGroupId("session-revocations-" + UUID.randomUUID());
        properties.setMessageListener((MessageListener<String, String>) record -> {
            try {
                revocations.apply(json.read(record.topic(), record.value()));
            } catch (MalformedEventException e) {
                log.warn("skipped an unreadable record on {}: {}", record.topic(), e.getMessage());
            }
            revocations.read(record.partition(), record.offset());
            revocations.forgetOld();
        });
        return new ConcurrentMessageListenerContainer<>(consumers, properties);
    }

    /** The topic exists before the listener subscribes, even when this application starts before identity. */
    @Bean
    KafkaAdmin.NewTopics sessionRevocationsTopic(KafkaTopicSettings settings) {
        return settings.topics(List.of(Topics.IDENTITY));
    }

    @Bean("sessionRevocationsHealthIndicator")
    SessionRevocationsReadiness sessionRevocationsReadiness(SessionRevocations revocations, KafkaAdmin kafka) {
        return new SessionRevocationsReadiness(revocations, kafka);
    }
}
