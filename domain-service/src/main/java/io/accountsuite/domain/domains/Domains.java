package io.accountsuite.domain.domains;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The domains table and the projections that decide who may have custom domains. */
@Repository
@RequiredArgsConstructor
public class Domains {

    private final DatabaseClient db;

    public Flux<Domain> ofSite(UUID siteId) {
        return db.sql("SELECT * FROM domains WHERE site_id = :s ORDER BY is_primary DESC, created_at")
                .bind("s", siteId).map(Domains::read).all();
    }

    /** Locks every domain of the site, so primary changes of one site happen one after the other. */
    /**
     * Locks the site, then its domains, for a change in the transaction: two writes to one site's domains (two
     * add-as-primary at once, even on a site with no domain yet) take turns instead of racing to the unique index.
     */
    public Flux<Domain> lockSite(UUID siteId) {
        return db.sql("SELECT site_id FROM sites WHERE site_id = :s FOR UPDATE").bind("s", siteId).fetch().all()
                .thenMany(db.sql("SELECT * FROM domains WHERE site_id = :s ORDER BY id FOR UPDATE").bind("s", siteId)
                        .map(Domains::read).all());
    }

    /**
     * The network's domains newest first, at most {@code limit}: in {@code stage} (null: any), of {@code customerId}
     * (null: any), and only those {@link Domain.Stage#inTrouble() in trouble} when {@code trouble}.
     */
    public Flux<Domain> list(Domain.@Nullable Stage stage, @Nullable UUID customerId, boolean trouble, int limit) {
        String[] troubled = trouble ? Arrays.stream(Domain.Stage.values()).filter(Domain.Stage::inTrouble)
                .map(Domain.Stage::value).toArray(String[]::new) : null;
        return db.sql("""
                        SELECT * FROM domains
                        WHERE (CAST(:stage AS TEXT) IS NULL OR stage = :stage)
                          AND (CAST(:customer AS UUID) IS NULL OR customer_id = :customer)
                          AND (CAST(:troubled AS TEXT[]) IS NULL OR stage = ANY(:troubled))
                        ORDER BY created_at DESC, id LIMIT :limit""")
                .bind("stage", Parameter.fromOrEmpty(stage == null ? null : stage.value(), String.class))
                .bind("customer", Parameter.fromOrEmpty(customerId, UUID.class))
                .bind("troubled", Parameter.fromOrEmpty(troubled, String[].class)).bind("limit", limit)
                .map(Domains::read).all();
    }

    /** How many domains the network has in each stage it has any in. */
    public Mono<Map<Domain.Stage, Long>> countByStage() {
        return db.sql("SELECT stage, count(*) AS n FROM domains GROUP BY stage")
                .map(row -> Map.entry(Domain.Stage.of(row.get("stage", String.class)), row.get("n", Long.class)))
                .all().collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    public Mono<Domain> find(UUID id) {
        return db.sql("SELECT * FROM domains WHERE id = :id").bind("id", id).map(Domains::read).one();
    }

    /** Reads and locks the domain for a change in the calling transaction. */
    public Mono<Domain> lock(UUID id) {
        return db.sql("SELECT * FROM domains WHERE id = :id FOR UPDATE").bind("id", id).map(Domains::read).one();
    }

    public Mono<Domain> insert(Domain d) {
        return db.sql("""
                        INSERT INTO domains (id, site_id, customer_id, name, is_primary, stage, secure, attempts,
                                             next_check_at, created_at)
                        VALUES (:id, :site, :customer, :name, :primary, :stage, false, 0, :next, :created)""")
                .bind("id", d.id()).bind("site", d.siteId()).bind("customer", d.customerId()).bind("name", d.name())
                .bind("primary", d.primary()).bind("stage", d.stage().value()).bind("next", d.nextCheckAt())
                .bind("created", d.createdAt())
                .fetch().rowsUpdated().thenReturn(d);
    }

    public Mono<Void> setPrimary(UUID siteId, UUID domainId) {
        return db.sql("UPDATE domains SET is_primary = false WHERE site_id = :s AND is_primary AND id <> :id")
                .bind("s", siteId).bind("id", domainId).fetch().rowsUpdated()
                .then(db.sql("UPDATE domains SET is_primary = true WHERE id = :id").bind("id", domainId)
                        .fetch().rowsUpdated())
                .then();
    }

    public Mono<Void> delete(UUID id) {
        return db.sql("DELETE FROM domains WHERE id = :id").bind("id", id).fetch().rowsUpdated().then();
    }

    public Mono<Long> count(UUID siteId) {
        return db.sql("SELECT count(*) AS n FROM domains WHERE site_id = :s").bind("s", siteId)
                .map(row -> row.get("n", Long.class)).one();
    }

    /** Records a check's outcome: the domain as its transition left it (stage, attempts, what was found, next check). */
    public Mono<Void> recordCheck(Domain d) {
        return db.sql("""
                        UPDATE domains SET stage = :stage, attempts = :attempts, next_check_at = :next,
                            last_check_at = :last, found = :found, resolver = :resolver, secure = :secure,
                            cert_issuer = :issuer, cert_expires_at = :expires
                        WHERE id = :id""")
                .bind("stage", d.stage().value()).bind("attempts", d.attempts())
                .bind("next", Parameter.fromOrEmpty(d.nextCheckAt(), Instant.class))
                .bind("last", Parameter.fromOrEmpty(d.lastCheckAt(), Instant.class))
                .bind("found", Parameter.fromOrEmpty(d.found(), String.class))
                .bind("resolver", Parameter.fromOrEmpty(d.resolver(), String.class))
                .bind("secure", d.secure())
                .bind("issuer", Parameter.fromOrEmpty(d.certIssuer(), String.class))
                .bind("expires", Parameter.fromOrEmpty(d.certExpiresAt(), Instant.class))
                .bind("id", d.id())
                .fetch().rowsUpdated().then();
    }

    /** Records that verification starts over ({@link Domain#checkAgain}): its stage, attempts and next check. */
    public Mono<Void> recheck(Domain d) {
        return db.sql("UPDATE domains SET stage = :stage, attempts = :attempts, next_check_at = :next WHERE id = :id")
                .bind("stage", d.stage().value()).bind("attempts", d.attempts()).bind("next", d.nextCheckAt())
                .bind("id", d.id()).fetch().rowsUpdated().then();
    }

    /**
     * Claims the next domain due for a check that no other instance is checking: its next check moves to
     * {@code leaseUntil}, so that it is not due for anyone else while this instance checks it without a transaction.
     * Answers the domain as claimed.
     */
    public Mono<Domain> claimDue(Instant now, Instant leaseUntil) {
        return db.sql("""
                        UPDATE domains SET next_check_at = :lease WHERE id = (
                            SELECT id FROM domains WHERE next_check_at <= :now ORDER BY next_check_at LIMIT 1
                            FOR UPDATE SKIP LOCKED)
                        RETURNING *""")
                .bind("now", now).bind("lease", leaseUntil).map(Domains::read).one();
    }

    /**
     * Locks the claimed domain to record its check, if it is still as claimed: not removed, not re-checked (a
     * re-check resets the stage and the next check) and not claimed again after the lease ran out.
     */
    public Mono<Domain> lockIfStill(Domain claimed) {
        return db.sql("SELECT * FROM domains WHERE id = :id FOR UPDATE").bind("id", claimed.id())
                .map(Domains::read).one()
                .filter(current -> current.stage().equals(claimed.stage())
                        && current.attempts() == claimed.attempts()
                        && Objects.equals(current.nextCheckAt(), claimed.nextCheckAt()));
    }

    public Mono<Void> flagMembership(UUID membershipId, boolean flagged) {
        return db.sql("UPDATE domains SET flagged = :f WHERE site_id IN (SELECT site_id FROM sites"
                        + " WHERE membership_id = :m)")
                .bind("f", flagged).bind("m", membershipId).fetch().rowsUpdated().then();
    }

    public Mono<Void> deleteOfSite(UUID siteId) {
        return db.sql("DELETE FROM domains WHERE site_id = :s").bind("s", siteId).fetch().rowsUpdated().then();
    }

    public Mono<Void> deleteOfCustomer(UUID customerId) {
        return Flux.just("DELETE FROM domains WHERE customer_id = :c", "DELETE FROM sites WHERE customer_id = :c",
                        "DELETE FROM membership_entitlements WHERE customer_id = :c")
                .concatMap(sql -> db.sql(sql).bind("c", customerId).fetch().rowsUpdated())
                .then();
    }

    private static final String SITE_ACCESS = """
            SELECT s.site_id, s.membership_id, s.customer_id, coalesce(e.custom_domains, false) AS allowed, s.served
            FROM sites s LEFT JOIN membership_entitlements e ON e.membership_id = s.membership_id
            """;

    /** The site's owner, whether its plan allows custom domains and whether it is served (empty when unknown). */
    public Mono<SiteAccess> siteAccess(UUID siteId) {
        return db.sql(SITE_ACCESS + " WHERE s.site_id = :s").bind("s", siteId).map(Domains::readAccess).one();
    }

    /** The same for every site of a customer that is known here, by site id. */
    public Flux<SiteAccess> accessOfCustomer(UUID customerId) {
        return db.sql(SITE_ACCESS + " WHERE s.customer_id = :c ORDER BY s.site_id").bind("c", customerId)
                .map(Domains::readAccess).all();
    }

    /** The same for every site of a membership that is known here. */
    public Flux<SiteAccess> accessOfMembership(UUID membershipId) {
        return db.sql(SITE_ACCESS + " WHERE s.membership_id = :m").bind("m", membershipId)
                .map(Domains::readAccess).all();
    }

    private static SiteAccess readAccess(Readable row) {
        return new SiteAccess(row.get("site_id", UUID.class), row.get("membership_id", UUID.class),
                row.get("customer_id", UUID.class), row.get("allowed", Boolean.class),
                row.get("served", Boolean.class));
    }

    /**
     * @param customDomainsAllowed the site's plan includes custom domains
     * @param served               the site's membership stands (not awaiting its first payment, not expired)
     */
    public record SiteAccess(UUID siteId, UUID membershipId, UUID customerId, boolean customDomainsAllowed,
                             boolean served) {

        /** Both the plan and the membership's standing allow adding a custom domain now (the network aside). */
        public boolean mayAddDomains() {
            return customDomainsAllowed && served;
        }
    }

    public Mono<Void> recordSite(UUID siteId, UUID membershipId, UUID customerId, boolean served) {
        return db.sql("INSERT INTO sites (site_id, membership_id, customer_id, served) VALUES (:s, :m, :c, :served)"
                        + " ON CONFLICT (site_id) DO NOTHING")
                .bind("s", siteId).bind("m", membershipId).bind("c", customerId).bind("served", served)
                .fetch().rowsUpdated().then();
    }

    /** Whether the site is served now, as site-service last said (SiteServingChanged). */
    public Mono<Void> recordServing(UUID siteId, boolean served) {
        return db.sql("UPDATE sites SET served = :served WHERE site_id = :s").bind("served", served)
                .bind("s", siteId).fetch().rowsUpdated().then();
    }

    public Mono<Void> forgetSite(UUID siteId) {
        return db.sql("DELETE FROM sites WHERE site_id = :s").bind("s", siteId).fetch().rowsUpdated().then();
    }

    public Mono<Void> recordEntitlement(UUID membershipId, UUID customerId, boolean allowed, Instant at) {
        return db.sql("""
                        INSERT INTO membership_entitlements (membership_id, customer_id, custom_domains, updated_at)
                        VALUES (:m, :c, :a, :at)
                        ON CONFLICT (membership_id) DO UPDATE SET custom_domains = :a, updated_at = :at
                        WHERE membership_entitlements.updated_at <= :at""")
                .bind("m", membershipId).bind("c", customerId).bind("a", allowed).bind("at", at)
                .fetch().rowsUpdated().then();
    }

    private static Domain read(Readable row) {
        return new Domain(row.get("id", UUID.class), row.get("site_id", UUID.class), row.get("customer_id", UUID.class),
                row.get("name", String.class), row.get("is_primary", Boolean.class),
                Domain.Stage.of(row.get("stage", String.class)),
                row.get("secure", Boolean.class), row.get("attempts", Integer.class),
                row.get("next_check_at", Instant.class), row.get("last_check_at", Instant.class),
                row.get("found", String.class), row.get("resolver", String.class),
                row.get("cert_issuer", String.class), row.get("cert_expires_at", Instant.class),
                row.get("flagged", Boolean.class), row.get("created_at", Instant.class));
    }
}
