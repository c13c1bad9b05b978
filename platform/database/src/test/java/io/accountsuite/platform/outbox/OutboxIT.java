package io.accountsuite.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import io.accountsuite.contracts.EventEnvelope;
import io.accountsuite.platform.testapp.NoteCreated;
import io.accountsuite.testkit.ServiceTest;
import io.accountsuite.testkit.TopicReader;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.r2dbc.spi.ConnectionFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.support.SendResult;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@ServiceTest
class OutboxIT {

    private static final String TOPIC = NoteCreated.TYPE.topic();

    @Autowired Outbox outbox;
    @Autowired OutboxRelay relay;
    @Autowired TransactionalOperator tx;
    @Autowired DatabaseClient db;
    @Autowired ConnectionFactory connections;
    @Autowired KafkaTemplate<String, String> kafka;
    @Autowired ProducerFactory<String, String> producers;
    @Autowired OutboxProperties properties;

    private final List<OutboxRelay> extraRelays = new ArrayList<>();

    @AfterEach
    void restoreRelays() {
        extraRelays.forEach(OutboxRelay::stop);
        relay.start();
    }

    @Test
    void an_event_appended_in_a_committed_transaction_is_published_exactly_once() {
        UUID customer = UUID.randomUUID();
        EventEnvelope<NoteCreated> event = tx.transactional(
                outbox.append(NoteCreated.TYPE, customer, UUID.randomUUID(), new NoteCreated("hello"))).block();

        await().atMost(Duration.ofSeconds(15)).until(() -> countOf(event.eventId()) == 1);
        relay.drain().block();
        relay.drain().block();

        assertThat(countOf(event.eventId())).isEqualTo(1);
        assertThat(unsentCount()).isZero();
        ConsumerRecord<String, String> record = recordsById().get(event.eventId()).get(0);
        assertThat(record.key()).isEqualTo(customer.toString());
        assertThat(record.value()).contains("\"type\":\"NoteCreated\"").contains("\"text\":\"hello\"");
    }

    @Test
    void an_event_appended_in_a_rolled_back_transaction_is_never_published() {
        UUID customer = UUID.randomUUID();
        EventEnvelope<NoteCreated> doomed = EventEnvelope.of(NoteCreated.TYPE, Instant.now(), customer, UUID.randomUUID(),
                new NoteCreated("doomed"));
        Mono<Void> failing = outbox.append(NoteCreated.TYPE, doomed)
                .then(Mono.error(new IllegalStateException("business rule failed")));
        assertThatThrownBy(() -> tx.transactional(failing).block()).hasMessageContaining("business rule failed");

        // Same key, so the same partition: if the doomed event had been published, it would precede the marker.
        EventEnvelope<NoteCreated> marker = tx.transactional(
                outbox.append(NoteCreated.TYPE, customer, UUID.randomUUID(), new NoteCreated("marker"))).block();
        await().atMost(Duration.ofSeconds(15)).until(() -> countOf(marker.eventId()) == 1);

        assertThat(countOf(doomed.eventId())).isZero();
        assertThat(db.sql("SELECT count(*) AS n FROM platform.outbox WHERE event_id = :id")
                .bind("id", doomed.eventId()).map(row -> row.get("n", Long.class)).one().block()).isZero();
    }

    @Test
    void append_refuses_to_run_outside_a_transaction() {
        assertThatThrownBy(() -> outbox.append(NoteCreated.TYPE, UUID.randomUUID(), UUID.randomUUID(),
                new NoteCreated("loose")).block())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("inside the transaction");
        assertThat(unsentCount()).isZero();
    }

    @Test
    void every_event_arrives_when_the_relay_dies_mid_batch_and_is_restarted() {
        relay.stop();
        List<UUID> ids = appendEvents(UUID.randomUUID(), 100);

        // A relay whose broker connection breaks on the 30th send: the first batch of 20 is acknowledged and
        // marked sent; the second fails after 10 sends and its transaction rolls back.
        OutboxRelay crashing = newRelay(new FailingTemplate(producers, 30));
        crashing.drain().block();
        assertThat(unsentCount()).isEqualTo(80);

        relay.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> recordsById().keySet().containsAll(ids));
        Map<UUID, List<ConsumerRecord<String, String>>> published = recordsById();
        ids.subList(0, 20).forEach(id -> assertThat(published.get(id)).hasSize(1));
        assertThat(unsentCount()).isZero();
    }

    @Test
    void two_relays_on_one_database_publish_each_event_once_and_in_order_per_customer() {
        OutboxRelay second = newRelay(kafka);
        second.start();
        UUID customer = UUID.randomUUID();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ids.addAll(appendEvents(customer, 10));
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> recordsById().keySet().containsAll(ids));
        relay.drain().block();
        second.drain().block();

        List<UUID> inTopicOrder = TopicReader.readAll(TOPIC).stream()
                .filter(r -> r.key().equals(customer.toString()))
                .map(OutboxIT::eventIdOf).toList();
        assertThat(inTopicOrder).containsExactlyElementsOf(ids);
    }

    private List<UUID> appendEvents(UUID customer, int count) {
        List<UUID> ids = new ArrayList<>();
        Flux<EventEnvelope<NoteCreated>> appends = Flux.range(0, count).concatMap(i ->
                outbox.append(NoteCreated.TYPE, customer, UUID.randomUUID(), new NoteCreated("n" + i)));
        tx.transactional(appends).doOnNext(e -> ids.add(e.eventId())).blockLast();
        return ids;
    }

    private OutboxRelay newRelay(KafkaTemplate<String, String> template) {
        OutboxRelay extra = new OutboxRelay(connections, tx, template, properties, new SimpleMeterRegistry());
        extraRelays.add(extra);
        return extra;
    }

    private long unsentCount() {
        return db.sql("SELECT count(*) AS n FROM platform.outbox WHERE sent_at IS NULL")
                .map(row -> row.get("n", Long.class)).one().block();
    }

    private static long countOf(UUID eventId) {
        return recordsById().getOrDefault(eventId, List.of()).size();
    }

    private static Map<UUID, List<ConsumerRecord<String, String>>> recordsById() {
        return TopicReader.readAll(TOPIC).stream().collect(Collectors.groupingBy(OutboxIT::eventIdOf));
    }

    private static UUID eventIdOf(ConsumerRecord<String, String> record) {
        return UUID.fromString(new String(record.headers().lastHeader("eventId").value()));
    }

    /** A template whose sends start failing after a number of successful ones, like a broker going away. */
    static final class FailingTemplate extends KafkaTemplate<String, String> {
        private final AtomicInteger remaining;

        FailingTemplate(ProducerFactory<String, String> producers, int failOnSend) {
            super(producers);
            this.remaining = new AtomicInteger(failOnSend - 1);
        }

        @Override
        public CompletableFuture<SendResult<String, String>> send(ProducerRecord<String, String> record) {
            if (remaining.getAndDecrement() <= 0) {
                return CompletableFuture.failedFuture(new IllegalStateException("broker went away"));
            }
            return super.send(record);
        }
    }

}
