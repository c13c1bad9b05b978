package io.accountsuite.site.content;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.IntFunction;

import io.accountsuite.site.limits.Usage;
import io.accountsuite.site.template.Blueprint;
import lombok.RequiredArgsConstructor;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A site's posts, pages and media, and what they use. */
@Repository
@RequiredArgsConstructor
public class SiteContent {

    public enum Kind {
        POSTS("posts", "post"), PAGES("pages", "page"), MEDIA("media", "medium");

        final String table;
        private final String singular;

        Kind(String table, String singular) {
            this.table = table;
            this.singular = singular;
        }

        /** One item of the kind, as a problem names it ("post not found"). */
        public String singular() {
            return singular;
        }
    }

    private final DatabaseClient db;

    /**
     * Replaces everything with the blueprint's content, inside the caller's transaction; {@code step} runs between
     * the stages, for progress reports.
     */
    public Mono<Void> replaceWith(UUID siteId, Blueprint blueprint, IntFunction<Mono<Void>> step) {
        return deleteAll(siteId)
                .then(step.apply(25))
                .thenMany(Flux.fromIterable(blueprint.posts()).concatMap(i -> addItem(Kind.POSTS, siteId, i)))
                .then(step.apply(50))
                .thenMany(Flux.fromIterable(blueprint.pages()).concatMap(i -> addItem(Kind.PAGES, siteId, i)))
                .then(step.apply(75))
                .thenMany(Flux.fromIterable(blueprint.media()).concatMap(m -> addMedium(siteId, m)))
                .then();
    }

    public Mono<UUID> addItem(Kind kind, UUID siteId, Blueprint.Item item) {
        UUID id = UUID.randomUUID();
        return db.sql("INSERT INTO " + kind.table + " (id, site_id, title, body, status) VALUES (:id, :s, :t, :b, :st)")
                .bind("id", id).bind("s", siteId).bind("t", item.title()).bind("b", item.body() == null ? "" : item.body())
                .bind("st", item.status() == null ? "published" : item.status())
                .fetch().rowsUpdated().thenReturn(id);
    }

    public Mono<UUID> addMedium(UUID siteId, Blueprint.Medium medium) {
        UUID id = UUID.randomUUID();
        return db.sql("INSERT INTO media (id, site_id, name, size_bytes) VALUES (:id, :s, :n, :size)")
                .bind("id", id).bind("s", siteId).bind("n", medium.name()).bind("size", medium.sizeBytes())
                .fetch().rowsUpdated().thenReturn(id);
    }

    /** Emits true when the item existed on this site. */
    public Mono<Boolean> remove(Kind kind, UUID siteId, UUID id) {
        return db.sql("DELETE FROM " + kind.table + " WHERE id = :id AND site_id = :s").bind("id", id).bind("s", siteId)
                .fetch().rowsUpdated().map(n -> n > 0);
    }

    public Flux<String> titles(Kind kind, UUID siteId) {
        String column = kind == Kind.MEDIA ? "name" : "title";
        return db.sql("SELECT " + column + " AS t FROM " + kind.table + " WHERE site_id = :s ORDER BY " + column)
                .bind("s", siteId).map(row -> row.get("t", String.class)).all();
    }

    public Mono<Usage> usage(UUID siteId, LocalDate month) {
        return db.sql("""
                        SELECT (SELECT count(*) FROM posts WHERE site_id = :s) AS posts,
                               (SELECT count(*) FROM pages WHERE site_id = :s) AS pages,
                               (SELECT coalesce(sum(size_bytes), 0) FROM media WHERE site_id = :s) AS disk,
                               (SELECT coalesce(max(count), 0) FROM visits WHERE site_id = :s AND month = :m) AS visits
                        """)
                .bind("s", siteId).bind("m", month)
                .map(row -> new Usage(((Number) row.get("disk")).longValue(), ((Number) row.get("posts")).longValue(),
                        ((Number) row.get("pages")).longValue(), ((Number) row.get("visits")).longValue(), 1))
                .one();
    }

    /** Counts a visit for the month and answers the month's count. */
    public Mono<Long> countVisit(UUID siteId, LocalDate month) {
        return db.sql("""
                        INSERT INTO visits (site_id, month, count) VALUES (:s, :m, 1)
                        ON CONFLICT (site_id, month) DO UPDATE SET count = visits.count + 1
                        RETURNING count""")
                .bind("s", siteId).bind("m", month).map(row -> row.get("count", Long.class)).one();
    }

    public Mono<Void> deleteAll(UUID siteId) {
        return Flux.just("posts", "pages", "media", "visits")
                .concatMap(table -> db.sql("DELETE FROM " + table + " WHERE site_id = :s").bind("s", siteId)
                        .fetch().rowsUpdated())
                .then();
    }
}
