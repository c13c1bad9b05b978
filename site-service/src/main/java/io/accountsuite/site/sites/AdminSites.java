package io.accountsuite.site.sites;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.accountsuite.site.serving.Serving;
import io.r2dbc.spi.Readable;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;

/**
 * Every customer's sites as the network admin's list shows them (issue 20's admin API), read in one query with their
 * template's name and their membership's standing.
 */
@Repository
public class AdminSites {

    private final DatabaseClient db;
    private final String networkDomain;

    AdminSites(DatabaseClient db, SiteSettings settings) {
        this.db = db;
        this.networkDomain = settings.networkDomain();
    }

    /**
     * A site in the admin's list: {@code address} is {@code <slug>.<network domain>}, {@code templateName} null for a
     * site made without a template, {@code served} as {@link Serving} decides from the membership's standing.
     */
    public record AdminSite(UUID id, UUID customerId, UUID membershipId, String title, String address,
                            @Nullable String templateName, boolean served, Instant createdAt) {
    }

    /** The sites newest first, at most {@code limit}, of {@code customerId} or (null) of every customer. */
    public Flux<AdminSite> list(@Nullable UUID customerId, int limit) {
        return db.sql("""
                        SELECT s.id, s.customer_id, s.membership_id, s.title, s.slug, s.created_at,
                               t.name AS template_name, m.status, m.paid_through
                        FROM sites s
                        LEFT JOIN templates t ON t.id = s.template_id
                        LEFT JOIN membership_standing m ON m.membership_id = s.membership_id
                        WHERE CAST(:customer AS UUID) IS NULL OR s.customer_id = :customer
                        ORDER BY s.created_at DESC, s.id LIMIT :limit""")
                .bind("customer", Parameter.fromOrEmpty(customerId, UUID.class)).bind("limit", limit)
                .map(this::read).all();
    }

    private AdminSite read(Readable row) {
        return new AdminSite(row.get("id", UUID.class), row.get("customer_id", UUID.class),
                row.get("membership_id", UUID.class), row.get("title", String.class),
                row.get("slug", String.class) + "." + networkDomain, row.get("template_name", String.class),
                Serving.of(row.get("status", String.class), row.get("paid_through", LocalDate.class)).served(),
                row.get("created_at", Instant.class));
    }
}
