package io.accountsuite.platform.autoconfigure;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.accountsuite.platform.audit.AdminAudit;
import io.accountsuite.platform.audit.AuditController;
import io.accountsuite.platform.erasure.AccountErasure;
import io.accountsuite.platform.erasure.CustomerDataEraser;
import io.accountsuite.platform.erasure.ErasedCustomers;
import io.accountsuite.platform.erasure.ErasureConfirmation;
import io.accountsuite.platform.erasure.RetainingEraser;
import io.accountsuite.platform.events.CurrentTrace;
import io.accountsuite.platform.events.EventJson;
import io.accountsuite.platform.events.KafkaTopicSettings;
import io.accountsuite.platform.idempotency.IdempotencyKeys;
import io.accountsuite.platform.inbox.DeadLetters;
import io.accountsuite.platform.inbox.DeadLettersEndpoint;
import io.accountsuite.platform.inbox.EventHandler;
import io.accountsuite.platform.inbox.Inbox;
import io.accountsuite.platform.inbox.InboxListener;
import io.accountsuite.platform.inbox.InboxProperties;
import io.accountsuite.platform.inbox.InboxPruning;
import io.accountsuite.platform.outbox.Outbox;
import io.accountsuite.platform.outbox.OutboxProperties;
import io.accountsuite.platform.outbox.OutboxRelay;
import io.accountsuite.platform.schema.PlatformSchema;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.r2dbc.spi.ConnectionFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
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
    Outbox outbox(PlatformSchema schema, DatabaseClient db, EventJson json, CurrentTrace trace, Clock clock) {
        return new Outbox(db, json, trace, clock);
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

    /** The admin changes' audit log (issue 20), listed at {@code GET /api/admin/audit}. */
    @Bean
    AdminAudit adminAudit(PlatformSchema schema, DatabaseClient db, JsonMapper json, Clock clock) {
        return new AdminAudit(db, json, clock);
    }

    @Bean
    @ConditionalOnClass(name = "org.springframework.web.reactive.DispatcherHandler")
    AuditController auditController(AdminAudit audit) {
        return new AuditController(audit);
    }

    @Bean
    ErasedCustomers erasedCustomers(PlatformSchema schema, DatabaseClient db, AdminAudit audit) {
        return new ErasedCustomers(db, audit);
    }

    @Bean
    Inbox inbox(PlatformSchema schema, DatabaseClient db, TransactionalOperator tx, ErasedCustomers erased) {
        return new Inbox(db, tx, erased);
    }

    @Bean
    InboxPruning inboxPruning(Inbox inbox, InboxProperties properties) {
        return new InboxPruning(inbox, properties);
    }

    /** Parked events, counted for alerting ({@code inbox_dead_letters_parked}). */
    @Bean
    DeadLetters deadLetters(PlatformSchema schema, DatabaseClient db, Clock clock, MeterRegistry meters) {
        DeadLetters deadLetters = new DeadLetters(db, clock);
        Gauge.builder("inbox.dead.letters.parked", () -> {
                    Long parked = deadLetters.count().onErrorReturn(-1L).block(Duration.ofSeconds(5));
                    return parked == null ? -1 : parked;
                })
                .description("events parked after their retries, waiting for a replay").register(meters);
        return deadLetters;
    }

    @Bean
    @ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.annotation.Endpoint")
    DeadLettersEndpoint deadLettersEndpoint(DeadLetters deadLetters) {
        return new DeadLettersEndpoint(deadLetters);
    }

    /**
     * The service's part in the account deletion saga, for services that hold customer data: they declare an
     * {@link ErasureConfirmation} bean naming themselves and the *DataErased they publish.
     */
    @Bean
    @ConditionalOnBean(ErasureConfirmation.class)
    AccountErasure accountErasure(ErasureConfirmation confirmation, ObjectProvider<CustomerDataEraser> erasers,
                                  ObjectProvider<RetainingEraser> retaining, ErasedCustomers erased, Outbox outbox,
                                  Clock clock) {
        return new AccountErasure(confirmation.event(), confirmation.service(), erasers.orderedStream().toList(),
                retaining.orderedStream().toList(), erased, outbox, clock);
    }

    /** The topics the handlers read. */
    @Bean
    KafkaAdmin.NewTopics consumedTopics(ObjectProvider<EventHandler<?>> handlers, KafkaTopicSettings settings) {
        return settings.topics(handlers.orderedStream().map(h -> h.eventType().topic()).distinct().toList());
    }

    @Bean
    @ConditionalOnBean(EventHandler.class)
    ConcurrentMessageListenerContainer<String, String> inboxListenerContainer(
            ConsumerFactory<String, String> consumers, DeadLetters deadLetters, EventJson json,
            Inbox inbox, List<EventHandler<?>> handlers, InboxProperties properties, MeterRegistry meters) {
        return InboxListener.container(consumers, deadLetters, json, inbox, handlers, properties, meters);
    }
}
