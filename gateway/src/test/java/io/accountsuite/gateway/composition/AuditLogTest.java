package io.accountsuite.gateway.composition;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.accountsuite.gateway.backend.Backend;
import io.accountsuite.gateway.backend.Block;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class AuditLogTest {

    @Test
    void entries_are_merged_newest_first_with_their_service_and_cut_at_the_limit() {
        Map<Backend, Block> answers = new EnumMap<>(Backend.class);
        answers.put(Backend.IDENTITY, Block.ok(List.of(entry(1, "2026-11-30T09:00:00Z"))));
        answers.put(Backend.BILLING, Block.ok(List.of(entry(2, "2026-11-30T10:00:00Z"),
                entry(3, "2026-11-28T10:00:00Z"))));
        answers.put(Backend.SITE, Block.ok(List.of()));

        AuditLog log = AuditLog.merged(answers, 2);

        assertThat(log.entries()).extracting(e -> e.get("id"), e -> e.get("service"))
                .containsExactly(tuple(2, "billing"),
                        tuple(1, "identity"));
        assertThat(log.unavailable()).isEmpty();
    }

    @Test
    void a_service_that_did_not_answer_or_answered_no_list_is_named_and_the_rest_is_whole() {
        Map<Backend, Block> answers = new EnumMap<>(Backend.class);
        answers.put(Backend.MEMBERSHIP, Block.ok(List.of(entry(1, "2026-11-30T09:00:00Z"))));
        answers.put(Backend.DOMAIN, Block.unavailable());
        answers.put(Backend.NOTIFICATION, Block.ok(Map.of("not", "a list")));
        answers.put(Backend.BILLING, Block.none());

        AuditLog log = AuditLog.merged(answers, 100);

        assertThat(log.entries()).hasSize(1);
        assertThat(log.unavailable()).containsExactly("billing", "domain", "notification");
    }

    @Test
    void an_entry_whose_time_cannot_be_read_comes_last_instead_of_failing_the_log() {
        Map<Backend, Block> answers = new EnumMap<>(Backend.class);
        answers.put(Backend.SITE, Block.ok(List.of(entry(1, "yesterday"), entry(2, "2026-01-01T00:00:00Z"))));

        assertThat(AuditLog.merged(answers, 100).entries()).extracting(e -> e.get("id")).containsExactly(2, 1);
    }

    private static Map<String, Object> entry(int id, String at) {
        return Map.of("id", id, "at", at, "action", "a" + id);
    }
}
