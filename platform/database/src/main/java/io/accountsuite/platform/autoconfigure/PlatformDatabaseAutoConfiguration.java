package io.accountsuite.platform.autoconfigure;

import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import io.accountsuite.contracts.EventType;
import io.accountsuite.contracts.Topics;
import io.accountsuite.contracts.erasure.ErasureEvents;
import io.accountsuite.contracts.erasure.ErasureEvents.DataErased;
import io.accountsuite.platform.erasure.AccountErasure;
import io.accountsuite.platform.erasure.CustomerDataEraser;
import io.accountsuite.platform.events.KafkaTopicSettings;

import io.accountsuite.platform.events.CurrentTrace;
import io.accountsuite.platform.events.EventJson;
import io.accountsuite.platform.idempotency.IdempotencyKeys;
import io.accountsuite.platform.inbox.EventHandler;
import io.accountsuite.platform.inbox.Inbox;
import io.accountsuite.platform.inbox.InboxListener;
import io.accountsuite.platform.inbox.InboxProperties;
import io.accountsuite.platform.outbox.Outbox;
import io.accountsuite.platform.outbox.OutboxProperties;
import io.accountsuite.platform.outbox.OutboxRelay;
import io.accountsuite.platform.schema.PlatformSchema;
import io.micrometer.core.instrument.MeterRegistry;
import io.r2dbc.spi.ConnectionFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcTransactionManagerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import tools.jackson.databind.json.JsonMapper;

/** Outbox and inbox for applications that own a PostgreSQL database. */
@AutoConfiguration(after = {R2dbcAutoConfiguration.class, R2dbcTransactionManagerAutoConfiguration.class,
        KafkaAutoConfiguration.class, PlatformMessagingAutoConfiguration.class})
@ConditionalOnClass(ConnectionFactory.class)
@EnableConfigurationProperties({OutboxProperties.class, InboxProperties.class})
public class PlatformDatabaseAutoConfiguration {

    @Bean
    PlatformSchema platformSchema(@Value("${spring.flyway.url}") String url,
                                  @Value("${spring.flyway.user}") String user,
                                  @Value("${spring.flyway.password:}") String password) {
        return PlatformSchema.migrate(url, user, password);
    }

    @Bean
    TransactionalOperator transactionalOperator(ReactiveTransactionManager transactions) {
        return TransactionalOperator.create(transactions);
    }

    @Bean
    Outbox outbox(PlatformSchema schema, DatabaseClient db, EventJson json, CurrentTrace trace) {
        return new Outbox(db, json, trace);
    }

    @Bean
    OutboxRelay outboxRelay(PlatformSchema schema, ConnectionFactory connections, TransactionalOperator tx,
                            KafkaTemplate<String, String> kafka, OutboxProperties properties, MeterRegistry meters) {
        return new OutboxRelay(connections, tx, kafka, properties, meters);
    }

    @Bean
    IdempotencyKeys idempotencyKeys(PlatformSchema schema, DatabaseClient db, TransactionalOperator tx,
                                    JsonMapper json, Clock clock) {
        return new IdempotencyKeys(db, tx, json, clock);
    }

    @Bean
    Inbox inbox(PlatformSchema schema, DatabaseClient db, TransactionalOperator tx) {
        return new Inbox(db, tx);
    }

    /**
     * The service's part in the account deletion saga, for services that hold customer data: set
     * {@code platform.erasure.confirms} to the service's name (membership, billing, site or domain).
     */
    @Bean
    @ConditionalOnProperty("platform.erasure.confirms")
    AccountErasure accountErasure(@Value("${platform.erasure.confirms}") String service,
                                  ObjectProvider<CustomerDataEraser> erasers, Outbox outbox) {
        EventType<DataErased> confirmation = ErasureEvents.ALL.stream()
                .filter(type -> type.topic().equals(service + ".events"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("platform.erasure.confirms=" + service
                        + " names no service that confirms erasures"));
        return new AccountErasure(confirmation, service, erasers.orderedStream().toList(), outbox,
                Clock.systemUTC());
    }

    /** The answers kept for idempotency keys hold the customer's data too. */
    @Bean
    @ConditionalOnProperty("platform.erasure.confirms")
    CustomerDataEraser idempotencyKeysEraser(IdempotencyKeys keys) {
        return keys::erase;
    }

    /** The topics the handlers read, and a dead-letter topic for each. */
    @Bean
    KafkaAdmin.NewTopics consumedTopics(ObjectProvider<EventHandler<?>> handlers, KafkaTopicSettings settings) {
        return settings.topics(handlers.orderedStream()
                .map(h -> h.eventType().topic())
                .flatMap(topic -> Stream.of(topic, Topics.deadLetterOf(topic)))
                .distinct().toList());
    }

    @Bean
    @ConditionalOnBean(EventHandler.class)
    ConcurrentMessageListenerContainer<String, String> inboxListenerContainer(
            ConsumerFactory<String, String> consumers, KafkaTemplate<String, String> deadLetters, EventJson json,
            Inbox inbox, List<EventHandler<?>> handlers, InboxProperties properties, MeterRegistry meters) {
        return InboxListener.container(consumers, deadLetters, json, inbox, handlers, properties, meters);
    }
}
