package io.accountsuite.platform.audit;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.accountsuite.platform.erasure.ErasedCustomers;
import io.accountsuite.platform.security.Caller;
import io.accountsuite.testkit.ServiceTest;
import io.accountsuite.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin changes' audit log: written with the change or not at all, secrets redacted, erased with the customer. */
@ServiceTest
class AdminAuditIT {

    @Autowired WebTestClient web;
    @Autowired DatabaseClient db;
    @Autowired AdminAudit audit;
    @Autowired ErasedCustomers erased;
    @Autowired TransactionalOperator tx;

    final UUID ann = UUID.randomUUID();
    final UUID admin = UUID.randomUUID();
    final String adminToken = TestTokens.accessToken(admin, "admin");

    @Test
    void an_admin_change_lists_who_what_when_before_and_after_with_secrets_redacted() {
        UUID note = note("old text");
        Instant before = Instant.now();

        edit(note, "new text", false).expectStatus().isOk();

        web.get().uri("/api/admin/audit?customerId={c}", ann).headers(h -> h.setBearerAuth(adminToken)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].actor").isEqualTo(admin.toString())
                .jsonPath("$[0].action").isEqualTo("note-edited")
                .jsonPath("$[0].customerId").isEqualTo(ann.toString())
                .jsonPath("$[0].subject").isEqualTo("note " + note)
                .jsonPath("$[0].before.text").isEqualTo("old text")
                .jsonPath("$[0].after.text").isEqualTo("new text")
                .jsonPath("$[0].after.settings.apiKey").isEqualTo("[redacted]")
                .jsonPath("$[0].at").value(at -> assertThat(Instant.parse((String) at)).isAfterOrEqualTo(
                        before.minusSeconds(1)));
        assertThat(stored("after")).doesNotContain("sk_live_secret");
    }

    @Test
    void a_change_that_rolls_back_leaves_no_entry_and_an_entry_outside_a_transaction_is_refused() {
        UUID note = note("kept");

        edit(note, "never", true).expectStatus().is5xxServerError();

        assertThat(entries()).isZero();
        StepVerifier.create(audit.record(new Caller(admin, Set.of("admin")), "x", ann, "x", null, null))
                .expectError(IllegalStateException.class).verify();
    }

    @Test
    void only_admins_read_it_and_a_bad_limit_is_a_field_error() {
        web.get().uri("/api/admin/audit").headers(h -> h.setBearerAuth(TestTokens.accessToken(ann))).exchange()
                .expectStatus().isForbidden();
        web.get().uri("/api/admin/audit?limit=0").headers(h -> h.setBearerAuth(adminToken)).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("limit");
        web.get().uri("/api/admin/audit?customerId=nope").headers(h -> h.setBearerAuth(adminToken)).exchange()
                .expectStatus().isBadRequest();
    }

    @Test
    void an_erased_customer_s_entries_keep_what_happened_but_nothing_of_them() {
        UUID note = note("about ann");
        edit(note, "still about ann", false).expectStatus().isOk();

        tx.transactional(erased.erase(ann, Instant.now())).block();

        assertThat(entries()).isZero();
        assertThat(db.sql("SELECT count(*) AS n FROM platform.audit_log WHERE action = 'note-edited' AND subject = :s"
                        + " AND before IS NULL AND after IS NULL AND actor = :a")
                .bind("s", "note " + note).bind("a", admin).map(row -> row.get("n", Long.class)).one().block())
                .isEqualTo(1);
    }

    private UUID note(String text) {
        UUID id = UUID.randomUUID();
        db.sql("INSERT INTO notes (id, customer_id, text) VALUES (:id, :c, :t)").bind("id", id).bind("c", ann)
                .bind("t", text).fetch().rowsUpdated().block();
        return id;
    }

    private WebTestClient.ResponseSpec edit(UUID note, String text, boolean fail) {
        return web.put().uri("/api/admin/notes/{id}", note).headers(h -> h.setBearerAuth(adminToken))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", text, "apiKey", "sk_live_secret", "fail", fail)).exchange();
    }

    private long entries() {
        return db.sql("SELECT count(*) AS n FROM platform.audit_log WHERE customer_id = :c").bind("c", ann)
                .map(row -> row.get("n", Long.class)).one().block();
    }

    private String stored(String column) {
        return db.sql("SELECT " + column + "::text AS v FROM platform.audit_log WHERE customer_id = :c")
                .bind("c", ann).map(row -> row.get("v", String.class)).one().block();
    }
}
