package io.accountsuite.membership.membership;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.accountsuite.membership.catalog.BillingPeriod;
import io.accountsuite.membership.change.Coupon;
import io.accountsuite.membership.membership.Membership.ScheduledChange;
import io.accountsuite.membership.money.Money;
import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The memberships table. Add-ons, coupon and scheduled change are stored as JSON documents. */
@Repository
public class Memberships {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = "id, reference, customer_id, plan_id, add_ons, status, currency, "
            + "initial_amount, recurring_amount, period_duration, period_unit, billing_cycles, times_billed, "
            + "auto_renew, coupon, created_at, activated_at, period_start, expires_on, cancelled_at, "
            + "cancellation_reason, scheduled_change";

    private final DatabaseClient db;

    public Memberships(DatabaseClient db) {
        this.db = db;
    }

    public Mono<Membership> find(UUID id) {
        return db.sql("SELECT " + COLUMNS + " FROM memberships WHERE id = :id").bind("id", id)
                .map(Memberships::read).one();
    }

    /** Reads and locks the row for a change inside a transaction. */
    public Mono<Membership> lock(UUID id) {
        return db.sql("SELECT " + COLUMNS + " FROM memberships WHERE id = :id FOR UPDATE").bind("id", id)
                .map(Memberships::read).one();
    }

    public Flux<Membership> ofCustomer(UUID customerId) {
        return db.sql("SELECT " + COLUMNS + " FROM memberships WHERE customer_id = :c ORDER BY created_at")
                .bind("c", customerId).map(Memberships::read).all();
    }

    /** Ids of memberships matching a condition, for the schedulers; the caller locks each one. */
    public Flux<UUID> idsWhere(String condition, LocalDate today) {
        var query = db.sql("SELECT id FROM memberships WHERE " + condition);
        if (condition.contains(":today")) {
            query = query.bind("today", today);
        }
        return query.map(row -> row.get("id", UUID.class)).all();
    }

    /** Locks a row only if no other instance holds it, so two schedulers never work on the same membership. */
    public Mono<Membership> tryLock(UUID id) {
        return db.sql("SELECT " + COLUMNS + " FROM memberships WHERE id = :id FOR UPDATE SKIP LOCKED")
                .bind("id", id).map(Memberships::read).one();
    }

    public Mono<Membership> insert(Membership m) {
        return write("INSERT INTO memberships (" + COLUMNS + ") VALUES (:id, :reference, :customer, :plan, :addOns, "
                + ":status, :currency, :initial, :recurring, :duration, :unit, :cycles, :billed, :autoRenew, :coupon, "
                + ":created, :activated, :start, :expires, :cancelled, :reason, :scheduled)", m);
    }

    public Mono<Membership> update(Membership m) {
        return write("UPDATE memberships SET plan_id = :plan, add_ons = :addOns, status = :status, "
                + "initial_amount = :initial, recurring_amount = :recurring, period_duration = :duration, "
                + "period_unit = :unit, billing_cycles = :cycles, times_billed = :billed, auto_renew = :autoRenew, "
                + "coupon = :coupon, activated_at = :activated, period_start = :start, expires_on = :expires, "
                + "cancelled_at = :cancelled, cancellation_reason = :reason, scheduled_change = :scheduled "
                + "WHERE id = :id AND reference = :reference AND customer_id = :customer AND currency = :currency "
                + "AND created_at = :created", m);
    }

    public Mono<Void> markRenewalPending(UUID id, LocalDate periodEnd) {
        return db.sql("UPDATE memberships SET renewal_pending_for = :end WHERE id = :id")
                .bind("id", id).bind("end", Parameter.fromOrEmpty(periodEnd, LocalDate.class))
                .fetch().rowsUpdated().then();
    }

    /** The start of the period whose renewal awaits payment, if any. */
    public Mono<LocalDate> pendingRenewal(UUID id) {
        return db.sql("SELECT renewal_pending_for FROM memberships WHERE id = :id").bind("id", id)
                .map(row -> java.util.Optional.ofNullable(row.get("renewal_pending_for", LocalDate.class)))
                .one()
                .flatMap(Mono::justOrEmpty);
    }

    public Mono<Void> deleteOfCustomer(UUID customerId) {
        return db.sql("DELETE FROM site_usage WHERE membership_id IN (SELECT id FROM memberships WHERE customer_id = :c)")
                .bind("c", customerId).fetch().rowsUpdated()
                .then(db.sql("DELETE FROM memberships WHERE customer_id = :c").bind("c", customerId)
                        .fetch().rowsUpdated())
                .then();
    }

    private Mono<Membership> write(String sql, Membership m) {
        return db.sql(sql)
                .bind("id", m.id()).bind("reference", m.reference()).bind("customer", m.customerId())
                .bind("plan", m.planId()).bind("addOns", JSON.writeValueAsString(m.addOns()))
                .bind("status", m.status().value()).bind("currency", m.currency().getCurrencyCode())
                .bind("initial", m.initialAmount().amount()).bind("recurring", m.recurringAmount().amount())
                .bind("duration", m.period().duration()).bind("unit", m.period().unit().value())
                .bind("cycles", m.billingCycles()).bind("billed", m.timesBilled()).bind("autoRenew", m.autoRenew())
                .bind("coupon", json(m.coupon()))
                .bind("created", m.createdAt())
                .bind("activated", Parameter.fromOrEmpty(m.activatedAt(), Instant.class))
                .bind("start", m.periodStart())
                .bind("expires", Parameter.fromOrEmpty(m.expiresOn(), LocalDate.class))
                .bind("cancelled", Parameter.fromOrEmpty(m.cancelledAt(), Instant.class))
                .bind("reason", Parameter.fromOrEmpty(m.cancellationReason(), String.class))
                .bind("scheduled", json(m.scheduledChange()))
                .fetch().rowsUpdated()
                .thenReturn(m);
    }

    private static Parameter json(Object value) {
        return Parameter.fromOrEmpty(value == null ? null : JSON.writeValueAsString(value), String.class);
    }

    private static Membership read(Readable row) {
        Currency currency = Currency.getInstance(row.get("currency", String.class));
        String coupon = row.get("coupon", String.class);
        String scheduled = row.get("scheduled_change", String.class);
        return new Membership(row.get("id", UUID.class), row.get("reference", String.class),
                row.get("customer_id", UUID.class), row.get("plan_id", UUID.class),
                addOns(row.get("add_ons", String.class)), MembershipStatus.of(row.get("status", String.class)),
                currency, new Money(row.get("initial_amount", BigDecimal.class), currency),
                new Money(row.get("recurring_amount", BigDecimal.class), currency),
                new BillingPeriod(row.get("period_duration", Integer.class),
                        BillingPeriod.Unit.of(row.get("period_unit", String.class))),
                row.get("billing_cycles", Integer.class), row.get("times_billed", Integer.class),
                row.get("auto_renew", Boolean.class),
                coupon == null ? null : JSON.readValue(coupon, Coupon.class),
                row.get("created_at", Instant.class), row.get("activated_at", Instant.class),
                row.get("period_start", LocalDate.class), row.get("expires_on", LocalDate.class),
                row.get("cancelled_at", Instant.class), row.get("cancellation_reason", String.class),
                scheduled == null ? null : JSON.readValue(scheduled, ScheduledChange.class));
    }

    private static Map<UUID, Integer> addOns(String json) {
        Map<UUID, Integer> addOns = new LinkedHashMap<>();
        JSON.readValue(json, new TypeReference<Map<String, Integer>>() {
        }).forEach((id, quantity) -> addOns.put(UUID.fromString(id), quantity));
        return addOns;
    }
}
