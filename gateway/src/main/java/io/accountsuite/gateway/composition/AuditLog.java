package io.accountsuite.gateway.composition;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.accountsuite.gateway.backend.Backend;
import io.accountsuite.gateway.backend.Block;

/**
 * The network's audit log as one answer ({@code GET /api/admin/audit}): every service's entries (each service's
 * {@code GET /api/admin/audit} items, {@code {id, at, actor, action, customerId, subject, before, after}}) with
 * {@code service} added ("billing"…) and {@code actorEmail} (the admin's email, null when unknown), merged newest
 * first by {@code at}, and the services that did not answer in time in {@code unavailable} (their entries are
 * missing, the rest is whole).
 *
 * @param entries     the merged entries, newest first, at most the limit asked for
 * @param unavailable the ids of the services whose entries are missing ("domain"), in the order of {@link Backend}
 */
public record AuditLog(List<Map<String, Object>> entries, List<String> unavailable) {

    /** Entries whose time cannot be read sort last: a service's bug must not hide the others' entries. */
    private static final Comparator<Map<String, Object>> NEWEST_FIRST =
            Comparator.comparing(AuditLog::at, Comparator.reverseOrder());

    /**
     * Merges each service's answer ({@code ok} with a list of entries; anything else counts as unavailable) into
     * one log of at most {@code limit} entries. Entries at the same instant keep the services' order.
     */
    public static AuditLog merged(Map<Backend, Block> answers, int limit) {
        List<Map<String, Object>> entries = new ArrayList<>();
        List<String> unavailable = new ArrayList<>();
        answers.forEach((backend, block) -> {
            if (!block.isOk() || !(block.data() instanceof List<?> items)) {
                unavailable.add(backend.id());
                return;
            }
            for (Object item : items) {
                if (item instanceof Map<?, ?> entry) {
                    Map<String, Object> withService = new LinkedHashMap<>();
                    entry.forEach((name, value) -> withService.put(String.valueOf(name), value));
                    withService.put("service", backend.id());
                    entries.add(withService);
                }
            }
        });
        entries.sort(NEWEST_FIRST);
        return new AuditLog(List.copyOf(entries.subList(0, Math.min(limit, entries.size()))), List.copyOf(unavailable));
    }

    /**
     * The log with each entry's {@code actorEmail}: the email {@code emails} gives its actor's id (the admin who made
     * the change), null when unknown (an erased admin, identity not answering).
     */
    public AuditLog withActorEmails(Map<String, String> emails) {
        List<Map<String, Object>> named = new ArrayList<>();
        for (Map<String, Object> entry : entries) {
            Map<String, Object> withEmail = new LinkedHashMap<>(entry);
            withEmail.put("actorEmail", emails.get(String.valueOf(entry.get("actor"))));
            named.add(withEmail);
        }
        return new AuditLog(List.copyOf(named), unavailable);
    }

    /** The distinct actors of the entries, as their ids are written. */
    public Set<String> actors() {
        Set<String> actors = new LinkedHashSet<>();
        entries.forEach(entry -> {
            if (entry.get("actor") != null) {
                actors.add(entry.get("actor").toString());
            }
        });
        return actors;
    }

    private static Instant at(Map<String, Object> entry) {
        try {
            return Instant.parse(String.valueOf(entry.get("at")));
        } catch (DateTimeParseException unreadable) {
            return Instant.MIN;
        }
    }
}
