package io.accountsuite.platform.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import io.accountsuite.contracts.EventEnvelope;
import io.accountsuite.contracts.Topics;
import io.accountsuite.platform.events.EventJson;
import io.accountsuite.platform.testapp.NoteCreated;
import io.accountsuite.platform.testapp.NoteRecorder;
import io.accountsuite.testkit.ServiceTest;
import io.accountsuite.testkit.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceTest
class InboxTest {

    private static final String TOPIC = NoteCreated.TYPE.topic();

    @Autowired KafkaTemplate<String, String> kafka;
    @Autowired EventJson json;
    @Autowired DatabaseClient db;
    @Autowired io.micrometer.core.instrument.MeterRegistry meters;

    @Test
    void an_event_delivered_twice_is_applied_once() throws Exception {
        UUID customer = UUID.randomUUID();
        EventEnvelope<NoteCreated> event = note(customer, "twice");
        send(event);
        send(event);
        EventEnvelope<NoteCreated> after = note(customer, "after");
        send(after);

        await().atMost(Duration.ofSeconds(20)).until(() -> appliedCount(after.eventId()) == 1);
        assertThat(appliedCount(event.eventId())).isEqualTo(1);
        assertThat(NoteRecorder.ATTEMPTS.get(event.eventId()).get()).isEqualTo(1);
    }

    @Test
    void a_poison_event_lands_on_the_dead_letter_topic_after_its_retries_and_does_not_block_the_next() throws Exception {
        UUID customer = UUID.randomUUID();
        double deadBefore = deadLetters();
        EventEnvelope<NoteCreated> poison = note(customer, "poison");
        EventEnvelope<NoteCreated> behind = note(customer, "behind the poison");
        send(poison);
        send(behind);

        await().atMost(Duration.ofSeconds(30)).until(() -> appliedCount(behind.eventId()) == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> deadLetter(poison.eventId()) != null);

        ConsumerRecord<String, String> dead = deadLetter(poison.eventId());
        assertThat(header(dead, "kafka_dlt-exception-message")).contains("cannot apply poison note");
        assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo(TOPIC);
        assertThat(dead.key()).isEqualTo(customer.toString());
        assertThat(NoteRecorder.ATTEMPTS.get(poison.eventId()).get()).isEqualTo(3); // first try + 2 retries
        assertThat(appliedCount(poison.eventId())).isZero();
        assertThat(deadLetters()).as("the dead letter is counted for alerting").isEqualTo(deadBefore + 1);
    }

    private double deadLetters() {
        var counter = meters.find("inbox.dead.letters").tag("topic", TOPIC).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void an_unreadable_record_goes_to_the_dead_letter_topic_at_once() throws Exception {
        String customer = UUID.randomUUID().toString();
        String garbage = "{not json " + UUID.randomUUID();
        kafka.send(TOPIC, customer, garbage).get();
        EventEnvelope<NoteCreated> behind = note(UUID.fromString(customer), "behind the garbage");
        send(behind);

        await().atMost(Duration.ofSeconds(20)).until(() -> appliedCount(behind.eventId()) == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> TopicReader.readAll(Topics.deadLetterOf(TOPIC)).stream()
                .anyMatch(r -> garbage.equals(r.value())));
    }

    private EventEnvelope<NoteCreated> note(UUID customer, String text) {
        return EventEnvelope.of(NoteCreated.TYPE, customer, UUID.randomUUID(), new NoteCreated(text));
    }

    private void send(EventEnvelope<NoteCreated> event) throws Exception {
        kafka.send(TOPIC, event.key(), json.write(event)).get();
    }

    private long appliedCount(UUID eventId) {
        return db.sql("SELECT count(*) AS n FROM applied_events WHERE event_id = :id").bind("id", eventId)
                .map(row -> row.get("n", Long.class)).one().block();
    }

    private static ConsumerRecord<String, String> deadLetter(UUID eventId) {
        return TopicReader.readAll(Topics.deadLetterOf(TOPIC)).stream()
                .filter(r -> r.value().contains(eventId.toString()))
                .findFirst().orElse(null);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
