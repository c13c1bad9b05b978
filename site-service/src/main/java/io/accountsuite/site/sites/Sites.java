package io.accountsuite.site.sites;

import java.time.Instant;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import lombok.RequiredArgsConstructor;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The sites and deleted_sites tables. */
@Repository
@RequiredArgsConstructor
public class Sites {

    private final DatabaseClient db;

    public Mono<Site> find(UUID id) {
        return db.sql("SELECT * FROM sites WHERE id = :id").bind("id", id).map(Sites::read).one();
    }

    /** Reads and locks the site, so writes that check its limits do not race each other. */
    public Mono<Site> lock(UUID id) {
        return db.sql("SELECT * FROM sites WHERE id = :id FOR UPDATE").bind("id", id).map(Sites::read).one();
    }

    public Mono<Site> ofMembership(UUID membershipId) {
        return db.sql("SELECT * FROM sites WHERE membership_id = :m").bind("m", membershipId).map(Sites::read).one();
    }

    public Flux<Site> ofCustomer(UUID customerId) {
        return db.sql("SELECT * FROM sites WHERE customer_id = :c ORDER BY created_at").bind("c", customerId)
                .map(Sites::read).all();
    }

    public Mono<Boolean> slugTaken(String slug) {
        return db.sql("SELECT 1 FROM sites WHERE slug = :s").bind("s", slug).map(row -> true).one()
                .defaultIfEmpty(false);
    }

    public Mono<Site> insert(Site s) {
        return db.sql("""
                        INSERT INTO sites (id, customer_id, membership_id, title, slug, template_id, created_at)
                        VALUES (:id, :c, :m, :t, :slug, :template, :at)""")
                .bind("id", s.id()).bind("c", s.customerId()).bind("m", s.membershipId()).bind("t", s.title())
                .bind("slug", s.slug()).bind("template", Parameter.fromOrEmpty(s.templateId(), UUID.class))
                .bind("at", s.createdAt())
                .fetch().rowsUpdated().thenReturn(s);
    }

    /** Records the template the site's content now comes from. */
    public Mono<Void> updateTemplate(Site site) {
        return db.sql("UPDATE sites SET template_id = :t WHERE id = :id")
                .bind("t", Parameter.fromOrEmpty(site.templateId(), UUID.class)).bind("id", site.id())
                .fetch().rowsUpdated().then();
    }

    /** Removes the site (its content goes with it) and keeps a tombstone. */
    public Mono<Void> delete(Site site, Instant at) {
        return db.sql("DELETE FROM sites WHERE id = :id").bind("id", site.id()).fetch().rowsUpdated()
                .then(db.sql("INSERT INTO deleted_sites (id, customer_id, deleted_at) VALUES (:id, :c, :at)"
                                + " ON CONFLICT DO NOTHING")
                        .bind("id", site.id()).bind("c", site.customerId()).bind("at", at).fetch().rowsUpdated())
                .then();
    }

    public Mono<Boolean> wasDeletedBy(UUID siteId, UUID customerId) {
        return db.sql("SELECT 1 FROM deleted_sites WHERE id = :id AND customer_id = :c").bind("id", siteId)
                .bind("c", customerId).map(row -> true).one().defaultIfEmpty(false);
    }

    public Mono<Void> deleteOfCustomer(UUID customerId) {
        return db.sql("DELETE FROM sites WHERE customer_id = :c").bind("c", customerId).fetch().rowsUpdated()
                .then(db.sql("DELETE FROM deleted_sites WHERE customer_id = :c").bind("c", customerId)
                        .fetch().rowsUpdated())
                .then();
    }

    private static Site read(Readable row) {
        return new Site(row.get("id", UUID.class), row.get("customer_id", UUID.class),
                row.get("membership_id", UUID.class), row.get("title", String.class), row.get("slug", String.class),
                row.get("template_id", UUID.class), row.get("created_at", Instant.class));
    }
}
