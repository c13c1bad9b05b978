package io.accountsuite.site.template;

import java.time.Instant;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** The template_switches table: one job per switch, at most one queued or running per site. */
@Repository
public class TemplateSwitches {

    public record Switch(UUID id, UUID siteId, UUID customerId, UUID templateId, String status, int progress,
                         String reason, Instant createdAt, Instant updatedAt) {
    }

    private final DatabaseClient db;

    public TemplateSwitches(DatabaseClient db) {
        this.db = db;
    }

    public Mono<Switch> queue(UUID siteId, UUID customerId, UUID templateId, Instant now) {
        Switch queued = new Switch(UUID.randomUUID(), siteId, customerId, templateId, "queued", 0, null, now, now);
        return db.sql("""
                        INSERT INTO template_switches (id, site_id, customer_id, template_id, status, progress,
                                                       created_at, updated_at)
                        VALUES (:id, :site, :customer, :template, 'queued', 0, :now, :now)""")
                .bind("id", queued.id()).bind("site", siteId).bind("customer", customerId)
                .bind("template", templateId).bind("now", now)
                .fetch().rowsUpdated().thenReturn(queued);
    }

    public Mono<Switch> find(UUID id) {
        return db.sql("SELECT * FROM template_switches WHERE id = :id").bind("id", id)
                .map(TemplateSwitches::read).one();
    }

    /** Takes the oldest queued switch that no other worker holds and marks it running. */
    public Mono<Switch> claimNext(Instant now) {
        return db.sql("""
                        UPDATE template_switches SET status = 'running', progress = 5, updated_at = :now
                        WHERE id = (SELECT id FROM template_switches WHERE status = 'queued'
                                    ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
                        RETURNING *""")
                .bind("now", now).map(TemplateSwitches::read).one();
    }

    public Mono<Void> update(UUID id, String status, int progress, String reason, Instant now) {
        return db.sql("UPDATE template_switches SET status = :s, progress = :p, reason = :r, updated_at = :now"
                        + " WHERE id = :id")
                .bind("s", status).bind("p", progress).bind("r", Parameter.fromOrEmpty(reason, String.class))
                .bind("now", now).bind("id", id)
                .fetch().rowsUpdated().then();
    }

    /** A worker that died mid-switch rolled its content back; its job goes back to the queue. */
    public Mono<Long> requeueStalled(Instant before) {
        return db.sql("UPDATE template_switches SET status = 'queued', progress = 0 WHERE status = 'running'"
                        + " AND updated_at < :before")
                .bind("before", before).fetch().rowsUpdated();
    }

    private static Switch read(Readable row) {
        return new Switch(row.get("id", UUID.class), row.get("site_id", UUID.class), row.get("customer_id", UUID.class),
                row.get("template_id", UUID.class), row.get("status", String.class), row.get("progress", Integer.class),
                row.get("reason", String.class), row.get("created_at", Instant.class),
                row.get("updated_at", Instant.class));
    }
}
