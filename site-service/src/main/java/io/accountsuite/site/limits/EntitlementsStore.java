package io.accountsuite.site.limits;

import java.util.Map;
import java.util.UUID;

import io.accountsuite.contracts.EventEnvelope;
import io.accountsuite.contracts.membership.MembershipEvents;
import io.r2dbc.spi.Readable;
import lombok.RequiredArgsConstructor;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The projection of memberships' entitlements; an older event never overwrites a newer one. */
@Repository
@RequiredArgsConstructor
public class EntitlementsStore {

    private final DatabaseClient db;
    private final JsonMapper json;

    public Mono<SiteEntitlements> of(UUID membershipId) {
        return db.sql("SELECT * FROM entitlements WHERE membership_id = :m").bind("m", membershipId)
                .map(this::read).one();
    }

    /**
     * Records the entitlements an event carries, unless a newer event already did; answers whether they were recorded
     * (false also when the event carries none).
     */
    public Mono<Boolean> record(EventEnvelope<?> event, UUID membershipId, MembershipEvents.Entitlements e) {
        if (e == null) {
            return Mono.just(false);
        }
        return db.sql("""
                        INSERT INTO entitlements (membership_id, customer_id, disk_mb, posts, pages, visits_per_month,
                                                  users, template_mode, templates, updated_at)
                        VALUES (:m, :c, :disk, :posts, :pages, :visits, :users, :mode, :templates, :at)
                        ON CONFLICT (membership_id) DO UPDATE SET disk_mb = :disk, posts = :posts, pages = :pages,
                            visits_per_month = :visits, users = :users, template_mode = :mode,
                            templates = :templates, updated_at = :at
                        WHERE entitlements.updated_at <= :at""")
                .bind("m", membershipId).bind("c", event.customerId())
                .bind("disk", number(e.diskMb())).bind("posts", number(e.posts())).bind("pages", number(e.pages()))
                .bind("visits", number(e.visitsPerMonth())).bind("users", number(e.users()))
                .bind("mode", e.templateMode()).bind("templates", json.writeValueAsString(e.templates()))
                .bind("at", event.occurredAt())
                .fetch().rowsUpdated().map(rows -> rows > 0);
    }

    public Mono<Void> deleteOfCustomer(UUID customerId) {
        return db.sql("DELETE FROM entitlements WHERE customer_id = :c").bind("c", customerId)
                .fetch().rowsUpdated().then();
    }

    private static Parameter number(Long value) {
        return Parameter.fromOrEmpty(value, Long.class);
    }

    private SiteEntitlements read(Readable row) {
        Map<String, String> templates = json.readValue(row.get("templates", String.class),
                new TypeReference<Map<String, String>>() {
                });
        return new SiteEntitlements(row.get("membership_id", UUID.class), row.get("customer_id", UUID.class),
                row.get("disk_mb", Long.class), row.get("posts", Long.class), row.get("pages", Long.class),
                row.get("visits_per_month", Long.class), row.get("users", Long.class),
                row.get("template_mode", String.class), templates);
    }

}
