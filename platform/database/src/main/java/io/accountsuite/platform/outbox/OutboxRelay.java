package io.accountsuite.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Wrapped;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

/**
 * Publishes committed outbox rows to Kafka, oldest first, and marks them sent.
 *
 * <p>Only one instance of a service relays at a time: each batch runs in a transaction holding a PostgreSQL
 * advisory lock, so two instances never publish the same rows in normal operation and one customer's events keep
 * their order. A crash between the broker's acknowledgement and the commit publishes that batch again on restart
 * (at-least-once); consumers deduplicate on the event id.
 *
 * <p>The relay sleeps until PostgreSQL notifies it of a commit ({@code LISTEN}); a slow poll covers missed
 * notifications and a lost listening connection.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    /** Any constant works; it only has to be the same for every instance of the service. */
    private static final long RELAY_LOCK = 0x6F7574626F78L;

    private final ConnectionFactory connections;
    private final DatabaseClient db;
    private final TransactionalOperator tx;
    private final KafkaTemplate<String, String> kafka;
    private final OutboxProperties properties;
    private final Counter published;
    private final Sinks.Many<Boolean> wakeUps = Sinks.many().multicast().directBestEffort();
    private final AtomicLong pending = new AtomicLong();
    private volatile Disposable running;

    public OutboxRelay(ConnectionFactory connections, TransactionalOperator tx, KafkaTemplate<String, String> kafka,
                       OutboxProperties properties, MeterRegistry meters) {
        this.connections = connections;
        this.db = DatabaseClient.create(connections);
        this.tx = tx;
        this.kafka = kafka;
        this.properties = properties;
        this.published = Counter.builder("outbox.published").description("events published from the outbox")
                .register(meters);
        meters.gauge("outbox.pending", pending);
    }

    @Override
    public synchronized void start() {
        if (running != null) {
            return;
        }
        Flux<Boolean> triggers = Flux.merge(
                        Flux.interval(Duration.ZERO, properties.pollInterval()).map(tick -> true),
                        notifications(),
                        wakeUps.asFlux())
                .onBackpressureLatest();
        running = Flux.merge(
                        triggers.concatMap(trigger -> drain().then(countPending()), 1),
                        Flux.interval(Duration.ofMinutes(10), Duration.ofHours(1)).concatMap(tick -> purgeSent()))
                .subscribe();
        log.info("outbox relay started");
    }

    @Override
    public synchronized void stop() {
        if (running != null) {
            running.dispose();
            running = null;
            log.info("outbox relay stopped");
        }
    }

    @Override
    public boolean isRunning() {
        return running != null;
    }

    /** Publishes everything unsent now; used by tests and on demand. Completes when nothing is left or busy. */
    public Mono<Void> drain() {
        return publishBatch()
                .expand(outcome -> outcome == BatchOutcome.FULL ? publishBatch() : Mono.empty())
                .last(BatchOutcome.EMPTY)
                .doOnNext(last -> {
                    if (last == BatchOutcome.BUSY) {
                        Mono.delay(properties.busyRetry()).subscribe(t -> wakeUps.tryEmitNext(true));
                    }
                })
                .onErrorResume(e -> {
                    log.warn("outbox relay could not publish; will retry: {}", e.toString());
                    return Mono.empty();
                })
                .then();
    }

    private Mono<BatchOutcome> publishBatch() {
        Mono<BatchOutcome> batch = db.sql("SELECT pg_try_advisory_xact_lock(:lock) AS locked")
                .bind("lock", RELAY_LOCK)
                .map(row -> Boolean.TRUE.equals(row.get("locked", Boolean.class)))
                .one()
                .flatMap(locked -> locked ? publishUnsent() : Mono.just(BatchOutcome.BUSY));
        return tx.transactional(batch);
    }

    private Mono<BatchOutcome> publishUnsent() {
        return db.sql("""
                        SELECT id, event_id, topic, message_key, envelope, traceparent FROM platform.outbox
                        WHERE sent_at IS NULL ORDER BY id LIMIT :limit""")
                .bind("limit", properties.batchSize())
                .map(row -> new OutboxRow(row.get("id", Long.class), row.get("event_id", UUID.class),
                        row.get("topic", String.class),
                        row.get("message_key", String.class), row.get("envelope", String.class),
                        row.get("traceparent", String.class)))
                .all()
                .collectList()
                .flatMap(rows -> rows.isEmpty() ? Mono.just(BatchOutcome.EMPTY)
                        : send(rows).then(markSent(rows)).thenReturn(
                                rows.size() == properties.batchSize() ? BatchOutcome.FULL : BatchOutcome.PARTIAL));
    }

    /** Sends in id order and waits for every acknowledgement; the idempotent producer keeps that order. */
    private Mono<Void> send(List<OutboxRow> rows) {
        return Mono.fromCallable(() -> {
                    CompletableFuture<?>[] acks = rows.stream().map(row -> kafka.send(record(row))).toArray(CompletableFuture[]::new);
                    CompletableFuture.allOf(acks)
                            .get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                    return rows.size();
                })
                .subscribeOn(Schedulers.boundedElastic())
                .doOnNext(published::increment)
                .then();
    }

    private static ProducerRecord<String, String> record(OutboxRow row) {
        var record = new ProducerRecord<>(row.topic(), row.key(), row.envelope());
        record.headers().add("eventId", row.eventId().toString().getBytes(StandardCharsets.UTF_8));
        if (row.traceparent() != null) {
            record.headers().add("traceparent", row.traceparent().getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    /** Marks the rows sent; those of an erased customer are deleted instead, now that they are out. */
    private Mono<Void> markSent(List<OutboxRow> rows) {
        Long[] ids = rows.stream().map(OutboxRow::id).toArray(Long[]::new);
        return db.sql("UPDATE platform.outbox SET sent_at = now() WHERE id = ANY(:ids)")
                .bind("ids", ids)
                .fetch().rowsUpdated()
                .then(db.sql("""
                                DELETE FROM platform.outbox o USING platform.erased_customers e
                                WHERE o.id = ANY(:ids) AND o.message_key = e.customer_id::text""")
                        .bind("ids", ids).fetch().rowsUpdated())
                .then();
    }

    private Flux<Void> purgeSent() {
        return db.sql("DELETE FROM platform.outbox WHERE sent_at < now() - make_interval(secs => :seconds)")
                .bind("seconds", (double) properties.retention().toSeconds())
                .fetch().rowsUpdated()
                .onErrorResume(e -> Mono.just(0L))
                .thenMany(Flux.empty());
    }

    /** A dedicated connection LISTENing for commits; re-established with backoff when it drops. */
    private Flux<Boolean> notifications() {
        return Flux.usingWhen(connections.create(),
                        connection -> {
                            PostgresqlConnection pg = unwrap(connection);
                            return pg.createStatement("LISTEN " + Outbox.CHANNEL).execute()
                                    .flatMap(result -> result.getRowsUpdated())
                                    .thenMany(pg.getNotifications().map(n -> true));
                        },
                        Connection::close)
                .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1)).maxBackoff(Duration.ofSeconds(30))
                        .doBeforeRetry(signal -> log.warn("outbox listener lost its connection; reconnecting: {}",
                                signal.failure().toString())));
    }

    private static PostgresqlConnection unwrap(Connection connection) {
        Connection current = connection;
        while (!(current instanceof PostgresqlConnection) && current instanceof Wrapped<?> wrapped) {
            current = (Connection) wrapped.unwrap();
        }
        if (current instanceof PostgresqlConnection pg) {
            return pg;
        }
        throw new IllegalStateException("the outbox needs a PostgreSQL R2DBC connection, got " + connection);
    }

    /** Keeps the {@code outbox.pending} gauge current: a growing backlog means the broker is not taking events. */
    private Mono<Void> countPending() {
        return db.sql("SELECT count(*) AS n FROM platform.outbox WHERE sent_at IS NULL")
                .map(row -> row.get("n", Long.class)).one()
                .doOnNext(pending::set)
                .onErrorResume(e -> Mono.empty())
                .then();
    }

    private enum BatchOutcome { EMPTY, PARTIAL, FULL, BUSY }

    private record OutboxRow(long id, UUID eventId, String topic, String key, String envelope, String traceparent) {
    }
}
