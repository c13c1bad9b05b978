package io.accountsuite.membership.memberships;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

import io.r2dbc.spi.Readable;
import lombok.RequiredArgsConstructor;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The coupons table: the network's catalog of coupon codes. */
@Repository
@RequiredArgsConstructor
class Coupons {

    private static final String COLUMNS = "code, kind, value, currency, duration, cycles, active, created_at";

    private final DatabaseClient db;

    /** The newest {@code limit} coupons, newest first. */
    Flux<CatalogCoupon> newest(int limit) {
        return db.sql("SELECT " + COLUMNS + " FROM coupons ORDER BY created_at DESC, code LIMIT :limit")
                .bind("limit", limit).map(Coupons::read).all();
    }

    Mono<CatalogCoupon> find(String code) {
        return db.sql("SELECT " + COLUMNS + " FROM coupons WHERE code = :code").bind("code", code)
                .map(Coupons::read).one();
    }

    /** Reads and locks the coupon for a change inside a transaction. */
    Mono<CatalogCoupon> lock(String code) {
        return db.sql("SELECT " + COLUMNS + " FROM coupons WHERE code = :code FOR UPDATE").bind("code", code)
                .map(Coupons::read).one();
    }

    /** Adds the coupon; answers false, adding nothing, when its code is taken. */
    Mono<Boolean> insert(CatalogCoupon c) {
        Coupon coupon = c.coupon();
        return db.sql("INSERT INTO coupons (" + COLUMNS + ", updated_at) VALUES (:code, :kind, :value, :currency,"
                        + " :duration, :cycles, :active, :created, :created) ON CONFLICT (code) DO NOTHING")
                .bind("code", coupon.code()).bind("kind", coupon.kind().value()).bind("value", coupon.value())
                .bind("currency", Parameter.fromOrEmpty(c.currency() == null ? null
                        : c.currency().getCurrencyCode(), String.class))
                .bind("duration", coupon.duration().value()).bind("cycles", coupon.cycles())
                .bind("active", c.active()).bind("created", c.createdAt())
                .fetch().rowsUpdated().map(rows -> rows == 1);
    }

    Mono<Void> updateActive(String code, boolean active, Instant now) {
        return db.sql("UPDATE coupons SET active = :active, updated_at = :now WHERE code = :code")
                .bind("code", code).bind("active", active).bind("now", now).fetch().rowsUpdated().then();
    }

    private static CatalogCoupon read(Readable row) {
        String currency = row.get("currency", String.class);
        Coupon coupon = new Coupon(row.get("code", String.class), Coupon.Kind.of(row.get("kind", String.class)),
                row.get("value", BigDecimal.class), Coupon.Duration.of(row.get("duration", String.class)),
                row.get("cycles", Integer.class));
        return new CatalogCoupon(coupon, currency == null ? null : Currency.getInstance(currency),
                row.get("active", Boolean.class), row.get("created_at", Instant.class));
    }
}
