package io.accountsuite.membership.memberships;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.accountsuite.membership.catalog.BillingPeriod;
import io.accountsuite.membership.memberships.Membership.AwaitedPayment;
import io.accountsuite.membership.memberships.Membership.BlockedChange;
import io.accountsuite.membership.memberships.Membership.Cancelled;
import io.accountsuite.membership.memberships.Membership.PaymentFailure;
import io.accountsuite.membership.memberships.Membership.PendingChange;
import io.accountsuite.membership.memberships.Membership.PendingRenewal;
import io.accountsuite.membership.memberships.Membership.Period;
import io.accountsuite.membership.memberships.Membership.ScheduledChange;
import io.accountsuite.membership.memberships.Membership.Standing;
import io.accountsuite.membership.memberships.Membership.Terms;
import io.accountsuite.membership.money.Money;
import io.r2dbc.spi.Readable;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The memberships table. The aggregate's nested parts (add-ons, coupon, awaited charges, scheduled and blocked
 * changes, the last payment failure) are JSON documents; what queries select on is a column.
 */
@Repository
@RequiredArgsConstructor
public class Memberships {

    private static final String COLUMNS = "id, reference, customer_id, plan_id, add_ons, status, currency, "
            + "initial_amount, recurring_amount, period_duration, period_unit, billing_cycles, times_billed, "
            + "auto_renew, coupon, created_at, activated_at, period_start, expires_on, period_standing, period_paid, "
            + "cancelled_at, cancellation_reason, awaited_payment, pending_change, scheduled_change, pending_renewal, "
            + "blocked_change, payment_failure";

    private final DatabaseClient db;
    private final JsonMapper json;

    public Mono<Membership> find(UUID id) {
        return db.sql("SELECT " + COLUMNS + " FROM memberships WHERE id = :id").bind("id", id)
                .map(this::read).one();
    }

    /** Reads and locks the row for a change inside a transaction. */
    public Mono<Membership> lock(UUID id) {
        return db.sql("SELECT " + COLUMNS + " FROM memberships WHERE id = :id FOR UPDATE").bind("id", id)
                .map(this::read).one();
    }

    public Flux<Membership> ofCustomer(UUID customerId) {
        return db.sql("SELECT " + COLUMNS + " FROM memberships WHERE customer_id = :c ORDER BY created_at")
                .bind("c", customerId).map(this::read).all();
    }

    /**
     * The newest {@code limit} memberships, of one customer and in one status where these are given (null: any),
     * newest first.
     */
    public Flux<Membership> newest(@Nullable UUID customerId, @Nullable MembershipStatus status, int limit) {
        String where = (customerId == null ? "" : " AND customer_id = :c")
                + (status == null ? "" : " AND status = :s");
        var spec = db.sql("SELECT " + COLUMNS + " FROM memberships WHERE TRUE" + where
                + " ORDER BY created_at DESC, id LIMIT :limit").bind("limit", limit);
        spec = customerId == null ? spec : spec.bind("c", customerId);
        spec = status == null ? spec : spec.bind("s", status.value());
        return spec.map(this::read).all();
    }

    /** Every membership in this status (the summary's revenue reads the active ones). */
    public Flux<Membership> inStatus(MembershipStatus status) {
        return db.sql("SELECT " + COLUMNS + " FROM memberships WHERE status = :s").bind("s", status.value())
                .map(this::read).all();
    }

    /** How many memberships are in each status; a status none is in is left out. */
    public Mono<Map<MembershipStatus, Long>> countByStatus() {
        return db.sql("SELECT status, count(*) AS n FROM memberships GROUP BY status")
                .map(row -> Map.entry(MembershipStatus.of(row.get("status", String.class)),
                        row.get("n", Long.class)))
                .all().collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    /**
     * How many memberships that still stand (neither expired nor cancelled) hold each of these products, as plan or
     * add-on; a product none holds is left out.
     */
    public Mono<Map<UUID, Long>> holders(Collection<UUID> productIds) {
        return db.sql("""
                        SELECT p.id, count(*) AS n FROM unnest(:ids) AS p(id)
                        JOIN memberships m ON m.plan_id = p.id OR m.add_ons::jsonb ? p.id::text
                        WHERE m.status NOT IN ('expired', 'cancelled') GROUP BY p.id""")
                .bind("ids", productIds.toArray(UUID[]::new))
                .map(row -> Map.entry(row.get("id", UUID.class), row.get("n", Long.class)))
                .all().collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    /** Every membership holding the product as its plan or as an add-on. */
    public Flux<Membership> holding(UUID productId) {
        return db.sql("SELECT " + COLUMNS + " FROM memberships WHERE plan_id = :p OR add_ons::jsonb ? :key")
                .bind("p", productId).bind("key", productId.toString()).map(this::read).all();
    }

    /**
     * Memberships time may do something to now (see {@link Membership#advance}): a period ending within
     * {@code renewalDays}, an on-hold or cancelled one to expire, an unpaid purchase or change to lapse. The caller
     * locks each one and checks again.
     */
    public Flux<UUID> dueForTime(LocalDate today, int renewalDays, LocalDate onHoldSince, Instant unpaidSince,
                                 Instant now) {
        return db.sql("""
                        SELECT id FROM memberships WHERE
                            (status IN ('active', 'trialing', 'cancelled') AND expires_on <= :renewBy)
                            OR (status = 'on-hold' AND period_start <= :onHoldSince)
                            OR (status = 'pending' AND awaited_payment IS NOT NULL
                                AND (awaited_payment::jsonb ->> 'since')::timestamptz <= :unpaidSince)
                            OR (pending_change IS NOT NULL
                                AND (pending_change::jsonb ->> 'expiresAt')::timestamptz <= :now)
                        ORDER BY id""")
                .bind("renewBy", today.plusDays(renewalDays)).bind("onHoldSince", onHoldSince)
                .bind("unpaidSince", unpaidSince).bind("now", now)
                .map(row -> row.get("id", UUID.class)).all();
    }

    /** Locks a row only if no other instance holds it, so two schedulers never work on the same membership. */
    public Mono<Membership> tryLock(UUID id) {
        return db.sql("SELECT " + COLUMNS + " FROM memberships WHERE id = :id FOR UPDATE SKIP LOCKED")
                .bind("id", id).map(this::read).one();
    }

    public Mono<Membership> insert(Membership m) {
        return write("INSERT INTO memberships (" + COLUMNS + ") VALUES (:id, :reference, :customer, :plan, :addOns, "
                + ":status, :currency, :initial, :recurring, :duration, :unit, :cycles, :billed, :autoRenew, :coupon, "
                + ":created, :activated, :start, :expires, :standing, :paid, :cancelled, :reason, :awaited, "
                + ":pendingChange, :scheduled, :renewal, :blocked, :failure)", m);
    }

    /** Writes what a transition changed; the identity of a membership (id, reference, owner, currency) never does. */
    public Mono<Membership> update(Membership m) {
        return write("UPDATE memberships SET plan_id = :plan, add_ons = :addOns, status = :status, "
                + "initial_amount = :initial, recurring_amount = :recurring, period_duration = :duration, "
                + "period_unit = :unit, billing_cycles = :cycles, times_billed = :billed, auto_renew = :autoRenew, "
                + "coupon = :coupon, activated_at = :activated, period_start = :start, expires_on = :expires, "
                + "period_standing = :standing, period_paid = :paid, cancelled_at = :cancelled, "
                + "cancellation_reason = :reason, awaited_payment = :awaited, pending_change = :pendingChange, "
                + "scheduled_change = :scheduled, pending_renewal = :renewal, blocked_change = :blocked, "
                + "payment_failure = :failure "
                + "WHERE id = :id AND reference = :reference AND customer_id = :customer AND currency = :currency "
                + "AND created_at = :created", m);
    }

    public Mono<Void> deleteOfCustomer(UUID customerId) {
        return db.sql("DELETE FROM site_usage WHERE membership_id IN (SELECT id FROM memberships WHERE customer_id = :c)")
                .bind("c", customerId).fetch().rowsUpdated()
                .then(db.sql("DELETE FROM memberships WHERE customer_id = :c").bind("c", customerId)
                        .fetch().rowsUpdated())
                .then(db.sql("DELETE FROM trial_grants WHERE customer_id = :c").bind("c", customerId)
                        .fetch().rowsUpdated())
                .then();
    }

    private Mono<Membership> write(String sql, Membership m) {
        Terms terms = m.terms();
        Period period = m.period();
        return db.sql(sql)
                .bind("id", m.id()).bind("reference", m.reference()).bind("customer", m.customerId())
                .bind("plan", terms.planId()).bind("addOns", json.writeValueAsString(terms.addOns()))
                .bind("status", m.status().value()).bind("currency", m.currency().getCurrencyCode())
                .bind("initial", m.initialAmount().amount()).bind("recurring", terms.listPrice().amount())
                .bind("duration", terms.billingPeriod().duration()).bind("unit", terms.billingPeriod().unit().value())
                .bind("cycles", terms.billingCycles()).bind("billed", m.timesBilled()).bind("autoRenew", m.autoRenew())
                .bind("coupon", json(m.coupon()))
                .bind("created", m.createdAt())
                .bind("activated", Parameter.fromOrEmpty(m.activatedAt(), Instant.class))
                .bind("start", period.start())
                .bind("expires", Parameter.fromOrEmpty(period.end(), LocalDate.class))
                .bind("standing", period.standing().name().toLowerCase(Locale.ROOT))
                .bind("paid", period.paid().amount())
                .bind("cancelled", Parameter.fromOrEmpty(m.cancelled() == null ? null : m.cancelled().at(),
                        Instant.class))
                .bind("reason", Parameter.fromOrEmpty(m.cancelled() == null ? null : m.cancelled().reason(),
                        String.class))
                .bind("awaited", json(m.awaitedPayment()))
                .bind("pendingChange", json(m.pendingChange()))
                .bind("scheduled", json(m.scheduledChange()))
                .bind("renewal", json(m.pendingRenewal()))
                .bind("blocked", json(m.blockedChange()))
                .bind("failure", json(m.paymentFailure()))
                .fetch().rowsUpdated()
                .thenReturn(m);
    }

    private Parameter json(Object value) {
        return Parameter.fromOrEmpty(value == null ? null : json.writeValueAsString(value), String.class);
    }

    private <T> T json(Readable row, String column, Class<T> type) {
        String value = row.get(column, String.class);
        return value == null ? null : json.readValue(value, type);
    }

    private Membership read(Readable row) {
        Currency currency = Currency.getInstance(row.get("currency", String.class));
        Terms terms = new Terms(row.get("plan_id", UUID.class), addOns(row.get("add_ons", String.class)),
                new Money(row.get("recurring_amount", BigDecimal.class), currency),
                new BillingPeriod(row.get("period_duration", Integer.class),
                        BillingPeriod.Unit.of(row.get("period_unit", String.class))),
                row.get("billing_cycles", Integer.class));
        Period period = new Period(row.get("period_start", LocalDate.class), row.get("expires_on", LocalDate.class),
                Standing.valueOf(row.get("period_standing", String.class).toUpperCase(Locale.ROOT)),
                new Money(row.get("period_paid", BigDecimal.class), currency));
        Instant cancelledAt = row.get("cancelled_at", Instant.class);
        return new Membership(row.get("id", UUID.class), row.get("reference", String.class),
                row.get("customer_id", UUID.class), currency, row.get("created_at", Instant.class),
                MembershipStatus.of(row.get("status", String.class)), terms, json(row, "coupon", Coupon.class),
                new Money(row.get("initial_amount", BigDecimal.class), currency), period,
                row.get("times_billed", Integer.class), row.get("auto_renew", Boolean.class),
                row.get("activated_at", Instant.class), json(row, "awaited_payment", AwaitedPayment.class),
                json(row, "pending_change", PendingChange.class), json(row, "scheduled_change", ScheduledChange.class),
                json(row, "pending_renewal", PendingRenewal.class), json(row, "blocked_change", BlockedChange.class),
                json(row, "payment_failure", PaymentFailure.class),
                cancelledAt == null ? null : new Cancelled(cancelledAt, row.get("cancellation_reason", String.class)));
    }

    private Map<UUID, Integer> addOns(String column) {
        Map<UUID, Integer> addOns = new LinkedHashMap<>();
        json.readValue(column, new TypeReference<Map<String, Integer>>() {
        }).forEach((id, quantity) -> addOns.put(UUID.fromString(id), quantity));
        return addOns;
    }
}
