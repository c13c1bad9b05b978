package io.accountsuite.platform.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Events this application could not take, parked in its own database (table {@code platform.dead_letters}) after
 * the retries: malformed records at once, failing ones after their backoff. Parked events are listed and replayed
 * through the {@code deadletters} actuator endpoint once the cause is fixed (deploy/RUNBOOK.md); a replay goes
 * through the inbox like any delivery, so an event already applied, or of an erased customer, changes nothing.
 * Kept in the database rather than a Kafka topic so that an account's erasure can delete them.
 */
public class DeadLetters {

    /** A parked event, without its content (which may hold personal data). */
    public record Parked(long id, String topic, int partition, long offset, String key, String error,
                         Instant parkedAt) {
    }

    private final DatabaseClient db;
    private final Clock clock;
    private volatile MessageListener<String, String> dispatcher;

    public DeadLetters(DatabaseClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The listener a replay hands events to (the one the consumer uses). */
    void replayThrough(MessageListener<String, String> listener) {
        this.dispatcher = listener;
    }

    /** Parks a record with what went wrong; a record parked before (a redelivery) stays parked once. */
    public Mono<Void> park(ConsumerRecord<?, ?> record, Exception error) {
        Header trace = record.headers().lastHeader("traceparent");
        Throwable cause = error.getCause() != null ? error.getCause() : error;
        String reason = cause.getClass().getName() + ": " + String.valueOf(cause.getMessage());
        return db.sql("""
                        INSERT INTO platform.dead_letters (topic, kafka_partition, record_offset, message_key, value,
                                                           traceparent, error, parked_at)
                        VALUES (:topic, :partition, :offset, :key, :value, :trace, :error, :at)
                        ON CONFLICT (topic, kafka_partition, record_offset) DO NOTHING""")
                .bind("topic", record.topic()).bind("partition", record.partition())
                .bind("offset", record.offset())
                .bind("key", Parameter.fromOrEmpty(record.key() == null ? null : record.key().toString(), String.class))
                .bind("value", Parameter.fromOrEmpty(record.value() == null ? null : record.value().toString(),
                        String.class))
                .bind("trace", Parameter.fromOrEmpty(trace == null ? null
                        : new String(trace.value(), StandardCharsets.UTF_8), String.class))
                .bind("error", reason.length() > 2000 ? reason.substring(0, 2000) : reason)
                .bind("at", clock.instant())
                .fetch().rowsUpdated().then();
    }

    public Flux<Parked> list() {
        return db.sql("SELECT id, topic, kafka_partition, record_offset, message_key, error, parked_at"
                        + " FROM platform.dead_letters ORDER BY id")
                .map(row -> new Parked(row.get("id", Long.class), row.get("topic", String.class),
                        row.get("kafka_partition", Integer.class), row.get("record_offset", Long.class),
                        row.get("message_key", String.class), row.get("error", String.class),
                        row.get("parked_at", Instant.class)))
                .all();
    }

    public Mono<Long> count() {
        return db.sql("SELECT count(*) AS n FROM platform.dead_letters").map(row -> row.get("n", Long.class)).one();
    }

    /** What a replay did: events handled (and unparked), and those that failed again (still parked). */
    public record Replay(int replayed, int failed) {
    }

    /** Replays one parked event ({@code id}) or, with null, every one, oldest first. */
    public Mono<Replay> replay(Long id) {
        MessageListener<String, String> listener = dispatcher;
        if (listener == null) {
            return Mono.error(new IllegalStateException("this application consumes no events"));
        }
        var query = db.sql("SELECT id, topic, kafka_partition, record_offset, message_key, value, traceparent"
                + " FROM platform.dead_letters" + (id == null ? "" : " WHERE id = :id") + " ORDER BY id");
        if (id != null) {
            query = query.bind("id", id);
        }
        return query.map(row -> new Stored(row.get("id", Long.class), row.get("topic", String.class),
                        row.get("kafka_partition", Integer.class), row.get("record_offset", Long.class),
                        row.get("message_key", String.class), row.get("value", String.class),
                        row.get("traceparent", String.class)))
                .all().collectList()
                .flatMap(parked -> Flux.fromIterable(parked).concatMap(p -> replayOne(p, listener)).collectList())
                .map(results -> new Replay((int) results.stream().filter(ok -> ok).count(),
                        (int) results.stream().filter(ok -> !ok).count()));
    }

    private record Stored(long id, String topic, int partition, long offset, String key, String value,
                          String traceparent) {
    }

    private Mono<Boolean> replayOne(Stored parked, MessageListener<String, String> listener) {
        return Mono.fromCallable(() -> {
                    RecordHeaders headers = new RecordHeaders();
                    if (parked.traceparent() != null) {
                        headers.add("traceparent", parked.traceparent().getBytes(StandardCharsets.UTF_8));
                    }
                    listener.onMessage(new ConsumerRecord<>(parked.topic(), parked.partition(), parked.offset(),
                            ConsumerRecord.NO_TIMESTAMP, TimestampType.NO_TIMESTAMP_TYPE, -1, -1, parked.key(),
                            parked.value(), headers, Optional.empty()));
                    return true;
                })
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(ok -> db.sql("DELETE FROM platform.dead_letters WHERE id = :id").bind("id", parked.id())
                        .fetch().rowsUpdated().thenReturn(true))
                .onErrorResume(e -> db.sql("UPDATE platform.dead_letters SET error = :e WHERE id = :id")
                        .bind("e", "replay failed: " + e).bind("id", parked.id()).fetch().rowsUpdated()
                        .thenReturn(false));
    }

}
