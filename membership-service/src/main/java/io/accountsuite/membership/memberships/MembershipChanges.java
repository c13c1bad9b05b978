package io.accountsuite.membership.memberships;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.accountsuite.membership.MembershipProblems;
import io.accountsuite.membership.MembershipSettings;
import io.accountsuite.membership.catalog.Product;
import io.accountsuite.membership.catalog.Products;
import io.accountsuite.membership.usage.SiteUsage;
import io.accountsuite.membership.usage.SiteUsages;
import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.problem.Message;
import io.accountsuite.platform.security.Caller;
import io.accountsuite.platform.values.WireValue;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Plan and add-on changes (SPEC section 3): quoted the same way for the preview and the change; upgrades and add-on
 * purchases with something due wait for their invoice's payment as the pending change, downgrades of a running
 * membership are scheduled for the period's end; nothing that changes nothing, and nothing that leaves the site over
 * its new limits.
 */
@Service
@RequiredArgsConstructor
public class MembershipChanges {

    /** What the customer asks for: a plan and/or the full set of add-ons they want; absent means unchanged. */
    public record ChangeRequest(UUID planId, List<AddOn> addOns, String coupon) {
        public record AddOn(UUID productId, Integer quantity) {
        }
    }

    /** What happened: applied now, scheduled for the period's end, or awaiting payment of {@code invoiceId}. */
    public enum Outcome implements WireValue {
        APPLIED, SCHEDULED, AWAITING_PAYMENT;

        static Outcome of(ChangeQuote quote, LocalDate today) {
            if (quote.scheduled(today)) {
                return SCHEDULED;
            }
            return quote.amountDueNow().isPositive() ? AWAITING_PAYMENT : APPLIED;
        }
    }

    /** A quote with what it was computed from, and what the change did (or would do, for a preview). */
    public record Quoted(Membership membership, ChangeQuote quote, SiteUsage usage, LocalDate today, Outcome outcome,
                         UUID invoiceId) {
    }

    private final OwnedMemberships owned;
    private final Products products;
    private final SiteUsages usages;
    private final MembershipEventPublisher events;
    private final MembershipSettings settings;
    private final TransactionalOperator tx;
    private final Clock clock;

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

    /**
     * Changes the membership as quoted.
     *
     * @return the quote and the outcome; errors with 409 {@code no-change}, {@code over-limit},
     *         {@code change-pending} or {@code not-allowed-now}, 400 for an invalid target
     */
    public Mono<Quoted> change(Caller caller, UUID id, ChangeRequest request) {
        return tx.transactional(owned.lock(caller, id).flatMap(m -> quote(m, request)).flatMap(quoted -> {
            ChangeQuote quote = quoted.quote();
            if (quote.kind() == ChangeKind.NO_CHANGE) {
                return Mono.error(MembershipProblems.NO_CHANGE.problem(Message.of("membership.change.none")));
            }
            if (!quote.blocking().isEmpty()) {
                return Mono.error(MembershipProblems.OVER_LIMIT.problem(
                        Message.of("membership.change.over-limit")).with("blocking", quote.blocking()));
            }
            Membership m = quoted.membership();
            Instant now = clock.instant();
            Transition transition = RefusedTransitions.attempt(() -> quoted.outcome() == Outcome.SCHEDULED
                    ? m.scheduleChange(quote) : m.requestChange(quote, now, settings.pendingChangeExpiresAfter()));
            return events.save(transition).map(saved -> new Quoted(saved, quote, quoted.usage(), quoted.today(),
                    quoted.outcome(), saved.pendingChange() == null ? null : saved.pendingChange().invoiceId()));
        }));
    }

    /** Drops the change awaiting payment and cancels its invoice; nothing pending is nothing to do. */
    public Mono<Void> discardPending(Caller caller, UUID id) {
        return tx.transactional(owned.lock(caller, id)
                .flatMap(m -> events.save(m.discardPendingChange("discarded by the customer")))).then();
    }

    public Mono<Void> cancelScheduled(Caller caller, UUID id) {
        return tx.transactional(owned.lock(caller, id).flatMap(m -> events.save(m.cancelScheduledChange()))).then();
    }

    /**
     * What a due scheduled change of {@code m} would bring: its terms, and what the site would be over with them
     * (SPEC: a downgrade is checked again when it takes effect).
     */
    public Mono<Membership.ScheduledOutcome> scheduledOutcome(Membership m) {
        Membership.ScheduledChange change = m.scheduledChange();
        return catalog(change.planId(), change.addOns().keySet(), m).zipWith(usages.of(m.id()))
                .map(t -> {
                    Map<UUID, Product> catalog = t.getT1();
                    Product plan = catalog.get(change.planId());
                    Membership.Terms terms = new Membership.Terms(plan.id(), change.addOns(),
                            Pricing.recurringTotal(plan, change.addOns(), catalog::get), plan.period(),
                            plan.billingCycles());
                    return new Membership.ScheduledOutcome(terms, ChangeBlockers.of(
                            ChangeQuote.entitlements(plan, change.addOns(), catalog::get), t.getT2()));
                });
    }

    private Mono<Quoted> quote(Membership m, ChangeRequest request) {
        if (request.coupon() != null) {
            return Mono.error(ApiProblem.invalid("coupon", Message.of("membership.change.no-coupon")));
        }
        UUID planId = request.planId() == null ? m.planId() : request.planId();
        Map<UUID, Integer> addOns = request.addOns() == null ? m.addOns()
                : AddOnQuantities.of(request.addOns(), ChangeRequest.AddOn::productId, ChangeRequest.AddOn::quantity);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return catalog(planId, addOns.keySet(), m)
                .flatMap(catalog -> validTarget(m, catalog.get(planId), catalog.get(m.planId()), addOns)
                        .then(usages.of(m.id()))
                        .map(usage -> {
                            ChangeQuote quote = ChangeQuote.of(m, catalog.get(planId), addOns, catalog::get, usage,
                                    today);
                            return new Quoted(m, quote, usage, today, Outcome.of(quote, today), null);
                        }));
    }

    private static Mono<Void> validTarget(Membership m, Product target, Product current, Map<UUID, Integer> addOns) {
        if (target == null || !target.isPlan() || !(target.active() || target.id().equals(m.planId()))
                || !sameGroup(current, target) || !target.price().currency().equals(m.currency())) {
            return Mono.error(ApiProblem.invalid("planId", Message.of("membership.change.plan")));
        }
        if (!target.addOnIds().containsAll(addOns.keySet())) {
            return Mono.error(ApiProblem.invalid("addOns", Message.of("membership.add-ons.offered")));
        }
        return Mono.empty();
    }

    /** The products a quote needs: the current plan and add-ons, the target plan and add-ons. */
    private Mono<Map<UUID, Product>> catalog(UUID planId, Set<UUID> addOnIds, Membership m) {
        Set<UUID> ids = new HashSet<>(addOnIds);
        ids.add(planId);
        ids.add(m.planId());
        ids.addAll(m.addOns().keySet());
        return products.byIds(ids).map(LinkedHashMap::new);
    }

    private static boolean sameGroup(Product a, Product b) {
        return a.id().equals(b.id()) || (a.group() != null && a.group().equals(b.group()));
    }
}
