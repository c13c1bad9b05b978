package io.accountsuite.gateway.session;

import java.util.UUID;

import io.accountsuite.contracts.Topics;
import io.accountsuite.platform.events.EventJson;
import io.accountsuite.platform.events.MalformedEventException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.MessageListener;

/**
 * Reads identity-service's topic from the beginning into {@link SessionCutoffs}. Each gateway instance uses a
 * consumer group of its own, so every instance sees every event. Applying an event twice changes nothing, so no
 * inbox is needed.
 */
@Configuration
class SessionCutoffConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SessionCutoffConfiguration.class);

    @Bean
    SessionCutoffs sessionCutoffs() {
        return new SessionCutoffs();
    }

    @Bean
    ConcurrentMessageListenerContainer<String, String> sessionCutoffListener(ConsumerFactory<String, String> consumers,
                                                                            SessionCutoffs cutoffs, EventJson json) {
        var properties = new ContainerProperties(Topics.IDENTITY);
        properties.setGroupId("gateway-session-cutoffs-" + UUID.randomUUID());
        properties.setMessageListener((MessageListener<String, String>) record -> {
            try {
                cutoffs.apply(json.read(record.topic(), record.value()));
            } catch (MalformedEventException e) {
                log.warn("skipped an unreadable record on {}: {}", record.topic(), e.getMessage());
            }
            cutoffs.read(record.partition(), record.offset());
        });
        return new ConcurrentMessageListenerContainer<>(consumers, properties);
    }
}
