package io.accountsuite.platform.testapp;

import java.util.Map;
import java.util.UUID;

import io.accountsuite.platform.idempotency.IdempotencyKeys;
import io.accountsuite.platform.outbox.Outbox;
import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.security.Caller;
import io.accountsuite.platform.security.Ownership;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
class NoteController {

    private final DatabaseClient db;
    private final Outbox outbox;
    private final TransactionalOperator tx;
    private final IdempotencyKeys keys;

    NoteController(DatabaseClient db, Outbox outbox, TransactionalOperator tx, IdempotencyKeys keys) {
        this.db = db;
        this.outbox = outbox;
        this.tx = tx;
        this.keys = keys;
    }

    record NewNote(@NotBlank @Size(max = 100) String text, @Size(max = 10) String tag) {
    }

    record Note(UUID id, UUID customerId, String text) {
    }

    @PostMapping("/api/notes")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<Map<String, Object>> create(@Valid @RequestBody NewNote note, Caller caller) {
        UUID id = UUID.randomUUID();
        Mono<Map<String, Object>> created = db.sql("INSERT INTO notes (id, customer_id, text) VALUES (:id, :c, :t)")
                .bind("id", id).bind("c", caller.customerId()).bind("t", note.text())
                .fetch().rowsUpdated()
                .then(outbox.append(NoteCreated.TYPE, caller.customerId(), id, new NoteCreated(note.text())))
                .map(event -> Map.of("id", id, "eventId", event.eventId()));
        return tx.transactional(created);
    }

    /** The same creation behind an Idempotency-Key, as the services' writes that create or charge do it. */
    @PostMapping("/api/idempotent-notes")
    Mono<ResponseEntity<byte[]>> createOnce(@Valid @RequestBody NewNote note, Caller caller,
                                            @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String key,
                                            ServerHttpRequest request) {
        return keys.once(caller.customerId(), key, request, note, () -> "refuse".equals(note.tag())
                ? Mono.error(ApiProblem.invalid("tag", "refused on purpose"))
                : create(note, caller).map(created -> IdempotencyKeys.Answer.of(HttpStatus.CREATED, created)));
    }

    @GetMapping("/api/notes/{id}")
    Mono<Note> get(@PathVariable UUID id, Caller caller) {
        return db.sql("SELECT id, customer_id, text FROM notes WHERE id = :id").bind("id", id)
                .map(row -> new Note(row.get("id", UUID.class), row.get("customer_id", UUID.class),
                        row.get("text", String.class)))
                .one()
                .transform(Ownership.ownedBy(caller, Note::customerId, "note"));
    }

    @GetMapping("/api/admin/ping")
    Map<String, String> adminPing(Caller caller) {
        return Map.of("admin", caller.customerId().toString());
    }

    @GetMapping("/api/boom")
    Mono<String> boom() {
        return Mono.error(new IllegalStateException("secret internal detail"));
    }
}
