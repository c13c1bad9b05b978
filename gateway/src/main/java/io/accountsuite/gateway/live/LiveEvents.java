package io.accountsuite.gateway.live;

import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import io.accountsuite.contracts.Topics;
import io.accountsuite.platform.events.EventJson;
import io.accountsuite.platform.events.KafkaTopicSettings;
import io.accountsuite.platform.events.ListenerContainers;
import io.accountsuite.platform.events.MalformedEventException;
import io.accountsuite.platform.events.ReceivedEvent;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.MessageListener;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * What the page updates live from: the services' events as they happen (read from the newest, in a consumer group
 * of this gateway instance's own), handed to the open event streams, each of which keeps only its caller's.
 */
@Configuration
public class LiveEvents {

    /**
     * The events the page shows without reloading; the page's script listens to exactly these (the page carries the
     * list). Entitlement changes come from the services that decide an action once their projections hold them, not
     * from membership-service's event, which they may not have consumed yet.
     */
    public static final List<String> LIVE = List.of("DomainStageChanged", "DomainAdded", "PrimaryDomainChanged",
            "DomainRemoved", "CustomDomainsEntitlementChanged", "TemplateSwitchProgressed", "SiteTemplateSwitched",
            "SiteCreated", "SiteDeleted", "SiteEntitlementsChanged", "SiteServingChanged", "SiteUsageChanged",
            "MembershipChanged", "MembershipStatusChanged", "InvoiceIssued", "InvoiceCancelled", "PaymentSucceeded",
            "PaymentFailed", "PaymentRefunded");
    private static final Set<String> LIVE_NAMES = Set.copyOf(LIVE);

    private final Sinks.Many<ReceivedEvent> events = Sinks.many().multicast().directBestEffort();

    /** The live events of one customer. */
    public Flux<ReceivedEvent> of(UUID customerId) {
        return events.asFlux().filter(event -> event.envelope().customerId().equals(customerId));
    }

    /** The topics exist before the listener subscribes, even when the gateway starts before the services. */
    @Bean
    KafkaAdmin.NewTopics liveEventTopics(KafkaTopicSettings settings) {
        return settings.topics(List.of(Topics.MEMBERSHIP, Topics.BILLING, Topics.SITE, Topics.DOMAIN));
    }

    @Bean
    ConcurrentMessageListenerContainer<String, String> liveEventsListener(ConsumerFactory<String, String> consumers,
                                                                         EventJson json) {
        var properties = ListenerContainers.properties(Topics.MEMBERSHIP, Topics.BILLING, Topics.SITE, Topics.DOMAIN);
        properties.setGroupId("gateway-live-" + UUID.randomUUID());
        Properties latest = new Properties();
        latest.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        properties.setKafkaConsumerProperties(latest);
        properties.setMessageListener((MessageListener<String, String>) record -> {
            try {
                ReceivedEvent event = json.read(record.topic(), record.value());
                if (LIVE_NAMES.contains(event.envelope().type())) {
                    events.tryEmitNext(event);
                }
            } catch (MalformedEventException e) {
                // not an event the page can show; the owning services' consumers deal with it
            }
        });
        return new ConcurrentMessageListenerContainer<>(consumers, properties);
    }
}
