package io.accountsuite.membership.change;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.accountsuite.contracts.membership.MembershipEvents;
import io.accountsuite.contracts.membership.MembershipEvents.MembershipChanged;
import io.accountsuite.membership.catalog.Product;
import io.accountsuite.membership.catalog.Products;
import io.accountsuite.membership.membership.Membership;
import io.accountsuite.membership.membership.Membership.ScheduledChange;
import io.accountsuite.membership.membership.MembershipEventPayloads;
import io.accountsuite.membership.membership.MembershipProblems;
import io.accountsuite.membership.membership.MembershipStatus;
import io.accountsuite.membership.membership.Memberships;
import io.accountsuite.membership.membership.OwnedMemberships;
import io.accountsuite.membership.usage.SiteUsage;
import io.accountsuite.membership.usage.SiteUsages;
import io.accountsuite.platform.outbox.Outbox;
import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Plan and add-on changes: quoted the same way for the preview and the change; upgrades and add-on purchases apply
 * now, downgrades of a running membership at the period's end; nothing that changes nothing, and nothing that
 * leaves the site over its new limits.
 */
@Service
public class MembershipChanges {

    private static final Set<MembershipStatus> CHANGEABLE = EnumSet.of(MembershipStatus.ACTIVE,
            MembershipStatus.TRIALING, MembershipStatus.ON_HOLD, MembershipStatus.EXPIRED);

    /** What the customer asks for: a plan and/or the full set of add-ons they want; absent means unchanged. */
    public record ChangeRequest(UUID planId, List<AddOn> addOns, String coupon) {
        public record AddOn(UUID productId, Integer quantity) {
        }
    }

    /** A quote with what it was computed from, for the page. */
    public record Quoted(Membership membership, ChangeQuote quote, SiteUsage usage, LocalDate today) {
    }

    private final OwnedMemberships owned;
    private final Memberships memberships;
    private final Products products;
    private final SiteUsages usages;
    private final Outbox outbox;
    private final TransactionalOperator tx;
    private final Clock clock;

    public MembershipChanges(OwnedMemberships owned, Memberships memberships, Products products, SiteUsages usages,
                             Outbox outbox, TransactionalOperator tx, Clock clock) {
        this.owned = owned;
        this.memberships = memberships;
        this.products = products;
        this.usages = usages;
        this.outbox = outbox;
        this.tx = tx;
        this.clock = clock;
    }

    /** The plans of the same group and the add-ons the current plan offers. */
    public Mono<List<Product>> options(Caller caller, UUID id) {
        return owned.find(caller, id)
                .flatMap(m -> products.find(m.planId()).flatMap(plan -> products.all()
                        .filter(p -> p.active() && (p.isPlan() ? sameGroup(plan, p) : plan.addOnIds().contains(p.id())))
                        .collectList()));
    }

    public Mono<Quoted> preview(Caller caller, UUID id, ChangeRequest request) {
        return owned.find(caller, id).flatMap(m -> quote(m, request));
    }

    public Mono<Quoted> change(Caller caller, UUID id, ChangeRequest request) {
        return tx.transactional(owned.lock(caller, id).flatMap(m -> quote(m, request)).flatMap(quoted -> {
            ChangeQuote quote = quoted.quote();
            if (quote.kind() == ChangeKind.NO_CHANGE) {
                return Mono.error(MembershipProblems.NO_CHANGE.problem("This proposes no changes"));
            }
            if (!quote.blocking().isEmpty()) {
                return Mono.error(MembershipProblems.OVER_LIMITS.problem(
                        "Remove what is over the new limits first, then change").with("blocking", quote.blocking()));
            }
            return quote.scheduled(quoted.today()) ? schedule(quoted) : applyNow(quoted);
        }));
    }

    public Mono<Void> cancelScheduled(Caller caller, UUID id) {
        return tx.transactional(owned.lock(caller, id)
                .filter(m -> m.scheduledChange() != null)
                .flatMap(m -> memberships.update(with(m, m.planId(), m.addOns(), m.recurringAmount(), null)))
                .then());
    }

    /** Applies a scheduled change that is due; safe to call again. */
    public Mono<Void> applyScheduled(Membership m, LocalDate today) {
        ScheduledChange change = m.scheduledChange();
        if (change == null || change.effectiveOn().isAfter(today)) {
            return Mono.empty();
        }
        return catalog(change.planId(), change.addOns().keySet(), m).flatMap(catalog -> {
            Product plan = catalog.get(change.planId());
            var recurring = Pricing.recurringTotal(plan, change.addOns(), catalog::get, m.coupon());
            Membership changed = onPlan(m, plan, change.addOns(), recurring);
            return memberships.update(changed).then(publish(changed, ChangeKind.DOWNGRADE, List.of(), catalog));
        });
    }

    private Mono<Quoted> quote(Membership m, ChangeRequest request) {
        if (request.coupon() != null) {
            return Mono.error(ApiProblem.invalid("coupon", "coupons cannot be added when changing a membership"));
        }
        if (!CHANGEABLE.contains(m.status())) {
            return Mono.error(MembershipProblems.NOT_ALLOWED_NOW.problem("A " + m.status().value()
                    + " membership cannot be changed"));
        }
        UUID planId = request.planId() == null ? m.planId() : request.planId();
        Map<UUID, Integer> addOns = request.addOns() == null ? m.addOns() : addOns(request.addOns());
        if (addOns == null) {
            return Mono.error(ApiProblem.invalid("addOns", "quantities must be between 1 and 100"));
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return catalog(planId, addOns.keySet(), m)
                .flatMap(catalog -> validTarget(m, catalog.get(planId), catalog.get(m.planId()), addOns)
                        .then(usages.of(m.id()))
                        .map(usage -> new Quoted(m, ChangeQuote.of(m, catalog.get(planId), addOns, catalog::get,
                                usage, today), usage, today)));
    }

    private static Mono<Void> validTarget(Membership m, Product target, Product current, Map<UUID, Integer> addOns) {
        if (target == null || !target.isPlan() || !(target.active() || target.id().equals(m.planId()))
                || !sameGroup(current, target) || !target.price().currency().equals(m.currency())) {
            return Mono.error(ApiProblem.invalid("planId", "is not a plan you can switch to"));
        }
        if (!target.addOnIds().containsAll(addOns.keySet())) {
            return Mono.error(ApiProblem.invalid("addOns", "must be add-ons offered with the plan"));
        }
        return Mono.empty();
    }

    private Mono<Quoted> applyNow(Quoted quoted) {
        Membership m = quoted.membership();
        ChangeQuote quote = quoted.quote();
        return catalog(quote.planId(), quote.addOns().keySet(), m).flatMap(catalog -> {
            Product plan = catalog.get(quote.planId());
            Membership changed = onPlan(m, plan, quote.addOns(), quote.newRecurringTotal());
            if (quote.kind() == ChangeKind.UPGRADE) {
                changed = restartPeriod(changed, plan, quoted.today());
            }
            return memberships.update(changed).then(publish(changed, quote.kind(), quote.lines(), catalog))
                    .thenReturn(new Quoted(changed, quote, quoted.usage(), quoted.today()));
        });
    }

    private Mono<Quoted> schedule(Quoted quoted) {
        Membership m = quoted.membership();
        ChangeQuote quote = quoted.quote();
        Membership scheduled = with(m, m.planId(), m.addOns(), m.recurringAmount(),
                new ScheduledChange(quote.planId(), quote.addOns(), quote.effectiveOn()));
        return memberships.update(scheduled).thenReturn(new Quoted(scheduled, quote, quoted.usage(), quoted.today()));
    }

    private Mono<Void> publish(Membership m, ChangeKind kind, List<ChargeLine> lines, Map<UUID, Product> catalog) {
        var event = new MembershipChanged(m.id(), kind.value(), m.planId(),
                MembershipEventPayloads.entitlements(m.planId(), m.addOns(), catalog::get),
                MembershipEventPayloads.charge(kind.value(), lines, m.currency()));
        return outbox.append(MembershipEvents.MEMBERSHIP_CHANGED, m.customerId(), m.id(), event).then();
    }

    /** The products a quote needs: the current plan and add-ons, the target plan and add-ons. */
    private Mono<Map<UUID, Product>> catalog(UUID planId, Set<UUID> addOnIds, Membership m) {
        Set<UUID> ids = new HashSet<>(addOnIds);
        ids.add(planId);
        ids.add(m.planId());
        ids.addAll(m.addOns().keySet());
        return products.byIds(ids).map(LinkedHashMap::new);
    }

    private static Map<UUID, Integer> addOns(List<ChangeRequest.AddOn> requested) {
        Map<UUID, Integer> addOns = new LinkedHashMap<>();
        for (ChangeRequest.AddOn addOn : requested) {
            if (addOn == null || addOn.productId() == null || addOn.quantity() == null || addOn.quantity() < 0
                    || addOn.quantity() > 100) {
                return null;
            }
            if (addOn.quantity() > 0) {
                addOns.merge(addOn.productId(), addOn.quantity(), Integer::sum);
            }
        }
        return addOns;
    }

    private static boolean sameGroup(Product a, Product b) {
        return a.id().equals(b.id()) || (a.group() != null && a.group().equals(b.group()));
    }

    private static Membership restartPeriod(Membership m, Product plan, LocalDate today) {
        return new Membership(m.id(), m.reference(), m.customerId(), m.planId(), m.addOns(), m.status(), m.currency(),
                m.initialAmount(), m.recurringAmount(), plan.period(), plan.billingCycles(), m.timesBilled(),
                m.autoRenew(), m.coupon(), m.createdAt(), m.activatedAt(), today, plan.period().end(today).orElse(null),
                m.cancelledAt(), m.cancellationReason(), null);
    }

    /** The membership on a plan and add-ons from now on; its dates stay, the scheduled change is done. */
    private static Membership onPlan(Membership m, Product plan, Map<UUID, Integer> addOns,
                                     io.accountsuite.membership.money.Money recurring) {
        return new Membership(m.id(), m.reference(), m.customerId(), plan.id(), addOns, m.status(), m.currency(),
                m.initialAmount(), recurring, plan.period(), plan.billingCycles(), m.timesBilled(), m.autoRenew(),
                m.coupon(), m.createdAt(), m.activatedAt(), m.periodStart(), m.expiresOn(), m.cancelledAt(),
                m.cancellationReason(), null);
    }

    private static Membership with(Membership m, UUID planId, Map<UUID, Integer> addOns,
                                   io.accountsuite.membership.money.Money recurring, ScheduledChange scheduled) {
        return new Membership(m.id(), m.reference(), m.customerId(), planId, addOns, m.status(), m.currency(),
                m.initialAmount(), recurring, m.period(), m.billingCycles(), m.timesBilled(), m.autoRenew(),
                m.coupon(), m.createdAt(), m.activatedAt(), m.periodStart(), m.expiresOn(), m.cancelledAt(),
                m.cancellationReason(), scheduled);
    }

}
