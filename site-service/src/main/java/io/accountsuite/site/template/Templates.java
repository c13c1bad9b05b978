package io.accountsuite.site.template;

import java.time.Instant;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Sort;
import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The templates table (read through {@link R2dbcEntityTemplate}, the blueprint by {@link BlueprintColumn}; saved
 * with an upsert) and the network's template-switching setting.
 */
@Repository
@RequiredArgsConstructor
public class Templates {

    private static final String TABLE = "templates";

    private final DatabaseClient db;
    private final R2dbcEntityTemplate rows;
    private final JsonMapper json;

    public Flux<Template> all() {
        return rows.select(Template.class).from(TABLE).matching(Query.empty().sort(Sort.by("name"))).all();
    }

    public Mono<Template> find(UUID id) {
        return rows.select(Template.class).from(TABLE).matching(Query.query(Criteria.where("id").is(id))).one();
    }

    /** Reads and locks the template for a change in the calling transaction. */
    public Mono<Template> lock(UUID id) {
        return db.sql("SELECT id FROM templates WHERE id = :id FOR UPDATE").bind("id", id).fetch().first()
                .flatMap(row -> find(id));
    }

    public Mono<Template> save(Template t, Instant now) {
        return db.sql("""
                        INSERT INTO templates (id, name, description, preview_url, blueprint, active, created_at)
                        VALUES (:id, :name, :description, :preview, :blueprint, :active, :now)
                        ON CONFLICT (id) DO UPDATE SET name = :name, description = :description,
                            preview_url = :preview, blueprint = :blueprint, active = :active""")
                .bind("id", t.id()).bind("name", t.name()).bind("description", t.description())
                .bind("preview", Parameter.fromOrEmpty(t.previewUrl(), String.class))
                .bind("blueprint", json.writeValueAsString(t.blueprint())).bind("active", t.active()).bind("now", now)
                .fetch().rowsUpdated().thenReturn(t);
    }

    /** The admin's choice; until an admin chooses, switching is allowed. */
    public Mono<Boolean> switchingAllowed() {
        return db.sql("SELECT allow_template_switching FROM network_settings WHERE id = 1")
                .map(row -> row.get("allow_template_switching", Boolean.class)).one().defaultIfEmpty(true);
    }

    public Mono<Void> allowSwitching(boolean allowed) {
        return db.sql("""
                        INSERT INTO network_settings (id, allow_template_switching) VALUES (1, :a)
                        ON CONFLICT (id) DO UPDATE SET allow_template_switching = :a""")
                .bind("a", allowed).fetch().rowsUpdated().then();
    }
}
