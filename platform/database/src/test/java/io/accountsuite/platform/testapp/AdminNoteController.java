package io.accountsuite.platform.testapp;

import java.util.Map;
import java.util.UUID;

import io.accountsuite.platform.audit.AdminAudit;
import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.security.Caller;
import lombok.RequiredArgsConstructor;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** An admin's edit of a customer's note, audited as the services audit theirs; {@code fail} rolls it back. */
@RestController
@RequiredArgsConstructor
class AdminNoteController {

    private final DatabaseClient db;
    private final TransactionalOperator tx;
    private final AdminAudit audit;

    record NoteEdit(String text, String apiKey, boolean fail) {
    }

    @PutMapping("/api/admin/notes/{id}")
    Mono<Map<String, Object>> edit(@PathVariable UUID id, @RequestBody NoteEdit edit, Caller admin) {
        Mono<Map<String, Object>> edited = db.sql("SELECT customer_id, text FROM notes WHERE id = :id FOR UPDATE")
                .bind("id", id)
                .map(row -> Map.<String, Object>of("customerId", row.get("customer_id", UUID.class),
                        "text", row.get("text", String.class)))
                .one()
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("note")))
                .flatMap(before -> db.sql("UPDATE notes SET text = :t WHERE id = :id").bind("t", edit.text())
                        .bind("id", id).fetch().rowsUpdated()
                        .then(audit.record(admin, "note-edited", (UUID) before.get("customerId"), "note " + id,
                                Map.of("text", before.get("text")),
                                Map.of("text", edit.text(), "settings", Map.of("apiKey", edit.apiKey()))))
                        .then(edit.fail() ? Mono.error(new IllegalStateException("rolled back on purpose"))
                                : Mono.just(Map.of("id", id, "text", edit.text()))));
        return tx.transactional(edited);
    }
}
