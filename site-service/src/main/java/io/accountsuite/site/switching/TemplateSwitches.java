package io.accountsuite.site.switching;

import java.time.Instant;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import lombok.RequiredArgsConstructor;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** The template_switches table: one job per switch, at most one queued or running per site. */
@Repository
@RequiredArgsConstructor
public class TemplateSwitches {

    /** The worker's lease was taken over (it ran out): what the worker was doing must not count. */
    public static final class LeaseLost extends IllegalStateException {
        LeaseLost(UUID id) {
            super("the lease on template switch " + id + " was taken over");
        }
    }

    private final DatabaseClient db;

    public Mono<Switch> queue(UUID siteId, UUID customerId, UUID templateId, Instant now) {
        Switch queued = Switch.queued(siteId, customerId, templateId, now);
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

    /**
     * Leases the oldest switch that is queued, or running under a lease that ran out (its worker died or stalled;
     * its content change rolled back or will not commit), to {@code owner} until {@code leaseUntil}, as a new
     * attempt.
     */
    public Mono<Switch> claimNext(String owner, Instant now, Instant leaseUntil) {
        return db.sql("""
                        UPDATE template_switches SET status = 'running', progress = 5, updated_at = :now,
                            owner = :owner, lease_until = :lease, attempt = attempt + 1
                        WHERE id = (SELECT id FROM template_switches
                                    WHERE status = 'queued' OR status = 'running' AND lease_until < :now
                                    ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
                        RETURNING *""")
                .bind("now", now).bind("owner", owner).bind("lease", leaseUntil)
                .map(TemplateSwitches::read).one();
    }

    /**
     * Records the switch as its transition left it and renews the lease until {@code leaseUntil} (null: released), if
     * the switch's attempt still holds it.
     *
     * @throws LeaseLost (in the Mono) when another attempt took the switch over
     */
    public Mono<Void> update(Switch job, Instant leaseUntil) {
        return db.sql("""
                        UPDATE template_switches SET status = :s, progress = :p, reason = :r, updated_at = :now,
                            lease_until = :lease
                        WHERE id = :id AND attempt = :attempt""")
                .bind("s", job.status().value()).bind("p", job.progress())
                .bind("r", Parameter.fromOrEmpty(job.reason(), String.class))
                .bind("now", job.updatedAt()).bind("lease", Parameter.fromOrEmpty(leaseUntil, Instant.class))
                .bind("id", job.id()).bind("attempt", job.attempt())
                .fetch().rowsUpdated()
                .flatMap(rows -> rows == 0 ? Mono.error(new LeaseLost(job.id())) : Mono.empty());
    }

    private static Switch read(Readable row) {
        return new Switch(row.get("id", UUID.class), row.get("site_id", UUID.class), row.get("customer_id", UUID.class),
                row.get("template_id", UUID.class), Switch.Status.of(row.get("status", String.class)),
                row.get("progress", Integer.class),
                row.get("reason", String.class), row.get("created_at", Instant.class),
                row.get("updated_at", Instant.class), row.get("attempt", Integer.class));
    }
}
