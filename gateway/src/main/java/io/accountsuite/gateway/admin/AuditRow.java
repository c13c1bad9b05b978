package io.accountsuite.gateway.admin;

import java.util.List;
import java.util.Map;

import io.accountsuite.gateway.composition.AuditLog;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * One entry of the composed audit log as the customer page shows it: when, who (the admin's id and email, blank
 * when unknown), which service, the action and its subject, and the record before and after as indented JSON (null
 * when the entry has none: a creation has no before, an erased customer's entries keep neither).
 */
record AuditRow(String at, String actor, String actorEmail, String service, String action, String subject,
                @Nullable String before, @Nullable String after) {

    static List<AuditRow> of(AuditLog log, JsonMapper json) {
        return log.entries().stream().map(entry -> of(entry, json)).toList();
    }

    static AuditRow of(Map<String, Object> entry, JsonMapper json) {
        return new AuditRow(text(entry, "at"), text(entry, "actor"), text(entry, "actorEmail"), text(entry, "service"),
                text(entry, "action"), text(entry, "subject"), indented(entry.get("before"), json),
                indented(entry.get("after"), json));
    }

    private static String text(Map<String, Object> entry, String field) {
        Object value = entry.get(field);
        return value == null ? "" : value.toString();
    }

    private static @Nullable String indented(@Nullable Object value, JsonMapper json) {
        return value == null ? null : json.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    }
}
