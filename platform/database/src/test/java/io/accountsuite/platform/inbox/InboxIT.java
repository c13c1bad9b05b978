package io.accountsuite.platform.inbox;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.accountsuite.contracts.EventEnvelope;
import io.accountsuite.platform.events.EventJson;
import io.accountsuite.platform.testapp.NoteCreated;
import io.accountsuite.platform.testapp.NoteRecorder;
import io.accountsuite.testkit.ServiceTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceTest
class InboxIT {

    private static final String TOPIC = NoteCreated.TYPE.topic();

    @Autowired KafkaTemplate<String, String> kafka;
    @Autowired EventJson json;
    @Autowired DatabaseClient db;
    @Autowired MeterRegistry meters;
    @Autowired DeadLetters deadLetterStore;
    @Autowired Inbox inbox;

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
    void every_listener_timer_has_the_observation_s_tags_so_prometheus_keeps_them_all()
            throws Exception {
        EventEnvelope<NoteCreated> event = note(UUID.randomUUID(), "timed");
        send(event);
        await().atMost(Duration.ofSeconds(20)).until(() -> appliedCount(event.eventId()) == 1);

        // Prometheus keeps one set of tag keys a name: the session-revocations listener must not register another.
        assertThat(meters.find("spring.kafka.listener").timers()).isNotEmpty()
                .allSatisfy(timer -> assertThat(timer.getId().getTag("messaging.kafka.consumer.group")).isNotNull());
    }

    @Test
    void pruning_forgets_the_events_processed_before_the_retention_and_keeps_the_rest() {
        UUID old = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        processedDaysAgo(old, 15);
        processedDaysAgo(recent, 13);

        inbox.prune(Duration.ofDays(14)).block(Duration.ofSeconds(10));

        assertThat(remembered(old)).as("processed 15 days ago").isZero();
        assertThat(remembered(recent)).as("processed 13 days ago").isEqualTo(1);
    }

    private void processedDaysAgo(UUID eventId, int days) {
        db.sql("""
                        INSERT INTO platform.inbox (event_id, consumer, event_type, processed_at)
                        VALUES (:id, 'pruning-test', 'NoteCreated', now() - make_interval(days => :days))""")
                .bind("id", eventId).bind("days", days).fetch().rowsUpdated().block(Duration.ofSeconds(10));
    }

    private long remembered(UUID eventId) {
        return db.sql("SELECT count(*) AS n FROM platform.inbox WHERE event_id = :id").bind("id", eventId)
                .map(row -> row.get("n", Long.class)).one().block(Duration.ofSeconds(10));
    }

    @Test
    void a_poison_event_is_parked_after_its_retries_does_not_block_the_next_and_replays_once_fixed() throws Exception {
        NoteRecorder.CURED = false;
        UUID customer = UUID.randomUUID();
        double deadBefore = deadLetters();
        EventEnvelope<NoteCreated> poison = note(customer, "poison");
        EventEnvelope<NoteCreated> behind = note(customer, "behind the poison");
        send(poison);
        send(behind);

        await().atMost(Duration.ofSeconds(30)).until(() -> appliedCount(behind.eventId()) == 1);
        DeadLetters.Parked parked = await().atMost(Duration.ofSeconds(10))
                .until(() -> parked(customer.toString()), p -> p != null);
        assertThat(parked.topic()).isEqualTo(TOPIC);
        assertThat(parked.error()).contains("cannot apply poison note");
        assertThat(NoteRecorder.ATTEMPTS.get(poison.eventId()).get()).isEqualTo(3); // first try + 2 retries
        assertThat(appliedCount(poison.eventId())).isZero();
        assertThat(deadLetters()).as("the dead letter is counted for alerting").isEqualTo(deadBefore + 1);

        assertThat(deadLetterStore.replay(parked.id()).block()).isEqualTo(new DeadLetters.Replay(0, 1));
        NoteRecorder.CURED = true;
        assertThat(deadLetterStore.replay(parked.id()).block()).isEqualTo(new DeadLetters.Replay(1, 0));
        assertThat(appliedCount(poison.eventId())).isEqualTo(1);
        assertThat(parked(customer.toString())).as("unparked once handled").isNull();
        assertThat(deadLetterStore.replay(null).block()).isEqualTo(new DeadLetters.Replay(0, 0));
    }

    private double deadLetters() {
        var counter = meters.find("inbox.dead.letters").tag("topic", TOPIC).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void an_unreadable_record_is_parked_at_once() throws Exception {
        String customer = UUID.randomUUID().toString();
        String garbage = "{not json " + UUID.randomUUID();
        kafka.send(TOPIC, customer, garbage).get();
        EventEnvelope<NoteCreated> behind = note(UUID.fromString(customer), "behind the garbage");
        send(behind);

        await().atMost(Duration.ofSeconds(20)).until(() -> appliedCount(behind.eventId()) == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> parked(customer) != null);
    }

    @Test
    void an_erased_customers_events_are_ignored_even_when_delivered_for_the_first_time() throws Exception {
        UUID customer = UUID.randomUUID();
        db.sql("INSERT INTO platform.erased_customers (customer_id, erased_at) VALUES (:c, now())")
                .bind("c", customer).fetch().rowsUpdated().block();
        EventEnvelope<NoteCreated> late = note(customer, "late");
        EventEnvelope<NoteCreated> other = note(UUID.randomUUID(), "someone else's");
        send(late);
        send(other);

        await().atMost(Duration.ofSeconds(20)).until(() -> appliedCount(other.eventId()) == 1);
        assertThat(appliedCount(late.eventId())).isZero();
        assertThat(NoteRecorder.ATTEMPTS).doesNotContainKey(late.eventId());
    }

    private EventEnvelope<NoteCreated> note(UUID customer, String text) {
        return EventEnvelope.of(NoteCreated.TYPE, Instant.now(), customer, UUID.randomUUID(), new NoteCreated(text));
    }

    private void send(EventEnvelope<NoteCreated> event) throws Exception {
        kafka.send(TOPIC, event.key(), json.write(event)).get();
    }

    private long appliedCount(UUID eventId) {
        return db.sql("SELECT count(*) AS n FROM applied_events WHERE event_id = :id").bind("id", eventId)
                .map(row -> row.get("n", Long.class)).one().block();
    }

    /** The event parked for this customer, if any. */
    private DeadLetters.Parked parked(String customer) {
        return deadLetterStore.list().filter(p -> customer.equals(p.key())).next().block();
    }
}
