package io.accountsuite.platform.testapp;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.accountsuite.contracts.EventEnvelope;
import io.accountsuite.contracts.EventType;
import io.accountsuite.platform.inbox.EventHandler;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Records each NoteCreated it applies; fails every time on the text "poison" until {@link #CURED} (a fix deployed).
 * Counts attempts per event.
 */
@Component
public class NoteRecorder implements EventHandler<NoteCreated> {

    public static final Map<UUID, AtomicInteger> ATTEMPTS = new ConcurrentHashMap<>();
    public static volatile boolean CURED;
    private final DatabaseClient db;

    public NoteRecorder(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public EventType<NoteCreated> eventType() {
        return NoteCreated.TYPE;
    }

    @Override
    public Mono<Void> handle(EventEnvelope<NoteCreated> event) {
        ATTEMPTS.computeIfAbsent(event.eventId(), id -> new AtomicInteger()).incrementAndGet();
        if ("poison".equals(event.payload().text()) && !CURED) {
            return Mono.error(new IllegalStateException("cannot apply poison note"));
        }
        return db.sql("INSERT INTO applied_events (event_id, text) VALUES (:id, :text)")
                .bind("id", event.eventId())
                .bind("text", event.payload().text())
                .fetch().rowsUpdated().then();
    }
}
