package io.accountsuite.membership.memberships;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.accountsuite.contracts.membership.MembershipEvents;
import io.accountsuite.contracts.membership.MembershipEvents.MembershipCreated;
import io.accountsuite.membership.catalog.Product;
import io.accountsuite.membership.catalog.Products;
import io.accountsuite.membership.entitlement.Entitlements.TemplateChoice;
import io.accountsuite.membership.entitlement.Entitlements.TemplateMode;
import io.accountsuite.platform.erasure.ErasedCustomers;
import io.accountsuite.platform.outbox.Outbox;
import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.problem.Message;
import io.accountsuite.platform.problem.ProblemType;
import io.accountsuite.platform.validation.PlainText;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Starts a membership: checks the plan, the add-ons it offers and the requested site, prices the first purchase, and
 * publishes MembershipCreated (site-service creates the site from it) with the first charge (billing-service
 * invoices it). A plan with a trial starts one when the customer has not had the trial of its group.
 */
@Service
@RequiredArgsConstructor
public class MembershipCreation {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{1,61}[a-z0-9])");

    public record AddOnRequest(UUID productId, Integer quantity) {
    }

    public record SiteRequest(String title, String slug, UUID templateId) {
    }

    private final Products products;
    private final Memberships memberships;
    private final TrialGrants trials;
    private final ErasedCustomers erased;
    private final MembershipEventPublisher events;
    private final Outbox outbox;
    private final TransactionalOperator tx;
    private final Clock clock;

    /**
     * Starts a membership for {@code customerId} (the caller, or the customer an admin names); 409
     * {@code customer-erased} for a deleted account, 400 for an invalid plan, add-on or site.
     */
    public Mono<Membership> create(UUID customerId, UUID planId, List<AddOnRequest> addOnRequests, SiteRequest site,
                                   Coupon coupon) {
        return create(customerId, planId, addOnRequests, site, coupon, created -> Mono.empty());
    }

    /**
     * Starts a membership as {@link #create(UUID, UUID, List, SiteRequest, Coupon)} does, and runs {@code alsoRecord}
     * on it in the same transaction (an admin's creation writes its audit entry there).
     */
    public Mono<Membership> create(UUID customerId, UUID planId, List<AddOnRequest> addOnRequests, SiteRequest site,
                                   Coupon coupon, Function<Membership, Mono<Void>> alsoRecord) {
        return erased.requireNotErased(customerId).then(products.find(planId))
                .filter(plan -> plan.isPlan() && plan.active())
                .switchIfEmpty(Mono.error(() -> ApiProblem.invalid("planId",
                        Message.of("membership.plan.not-on-sale"))))
                .flatMap(plan -> validAddOns(plan, addOnRequests).flatMap(addOns ->
                        products.byIds(addOns.keySet()).flatMap(found -> {
                            Map<UUID, Product> catalog = new LinkedHashMap<>(found);
                            catalog.put(plan.id(), plan);
                            return validSite(plan, site).then(start(customerId, plan, addOns, catalog, site, coupon,
                                    alsoRecord));
                        })));
    }

    private Mono<Membership> start(UUID customerId, Product plan, Map<UUID, Integer> addOns,
                                   Map<UUID, Product> catalog, SiteRequest site, Coupon coupon,
                                   Function<Membership, Mono<Void>> alsoRecord) {
        if (catalog.values().stream().anyMatch(p -> !p.price().currency().equals(plan.price().currency()))) {
            return Mono.error(ApiProblem.invalid("addOns", Message.of("membership.add-ons.currency")));
        }
        Instant now = clock.instant();
        Membership.Terms terms = new Membership.Terms(plan.id(), addOns,
                Pricing.recurringTotal(plan, addOns, catalog::get), plan.period(), plan.billingCycles());
        List<ChargeLine> lines = Pricing.initialLines(plan, addOns, catalog::get, coupon);
        UUID template = templateFor(plan, site.templateId());
        // A reference collision is a one-in-3.6-quadrillion event; a fresh reference is drawn for each attempt.
        return Mono.defer(() -> tx.transactional(trialDays(customerId, plan, now)
                        .map(trialDays -> Membership.start(new Membership.Start(UUID.randomUUID(), References.next(),
                                customerId, terms, coupon, lines, trialDays, now)))
                        .flatMap(started -> insert(started, plan, addOns, catalog, site, template))
                        .flatMap(created -> alsoRecord.apply(created).thenReturn(created))))
                .retryWhen(Retry.max(2).filter(DuplicateKeyException.class::isInstance));
    }

    /** The plan's trial, if it has one and the customer has not had the trial of its group yet. */
    private Mono<Integer> trialDays(UUID customerId, Product plan, Instant now) {
        if (plan.trialDays() == 0) {
            return Mono.just(0);
        }
        return trials.grant(customerId, plan.trialGroup(), now).map(granted -> granted ? plan.trialDays() : 0);
    }

    private Mono<Membership> insert(Transition started, Product plan, Map<UUID, Integer> addOns,
                                    Map<UUID, Product> catalog, SiteRequest site, UUID template) {
        Membership membership = started.after();
        var created = new MembershipCreated(membership.id(), membership.reference(), plan.id(),
                membership.status().value(),
                new MembershipEvents.RequestedSite(site.title().strip(), site.slug(), template),
                MembershipEventPayloads.entitlements(plan.id(), addOns, catalog::get), membership.paidThrough());
        return memberships.insert(membership)
                .flatMap(m -> outbox.append(MembershipEvents.MEMBERSHIP_CREATED, m.customerId(), m.id(), created)
                        .then(events.publish(m, started))
                        .thenReturn(m));
    }

    private static Mono<Map<UUID, Integer>> validAddOns(Product plan, List<AddOnRequest> requests) {
        return Mono.fromCallable(() -> AddOnQuantities.of(requests, AddOnRequest::productId, AddOnRequest::quantity))
                .flatMap(addOns -> plan.addOnIds().containsAll(addOns.keySet()) ? Mono.just(addOns)
                        : Mono.error(ApiProblem.invalid("addOns", Message.of("membership.add-ons.offered"))));
    }

    private static Mono<Void> validSite(Product plan, SiteRequest site) {
        ApiProblem invalid = ProblemType.VALIDATION.problem(Message.of("membership.site.invalid"));
        if (site == null) {
            return Mono.error(invalid.field("site", Message.of("membership.site.required")));
        }
        String title = site.title() == null ? "" : site.title().strip();
        if (title.isEmpty() || title.length() > 120 || !PlainText.isSingleLine(title)) {
            invalid.field("site.title", Message.of("membership.site.title"));
        }
        if (site.slug() == null || !SLUG.matcher(site.slug()).matches()) {
            invalid.field("site.slug", Message.of("membership.site.slug"));
        }
        if (site.templateId() != null && plan.templateMode() == TemplateMode.CHOOSE) {
            TemplateChoice choice = plan.templates().get(site.templateId().toString());
            if (choice == null || choice == TemplateChoice.NOT_AVAILABLE) {
                invalid.field("site.templateId", Message.of("membership.site.template"));
            }
        }
        return invalid.errors().isEmpty() ? Mono.empty() : Mono.error(invalid);
    }

    /** The plan decides: its assigned template, the customer's choice among the available ones, or none. */
    private static UUID templateFor(Product plan, UUID requested) {
        return switch (plan.templateMode()) {
            case DEFAULT -> null;
            case CHOOSE -> requested != null ? requested : preselected(plan);
            case ASSIGN -> preselected(plan);
        };
    }

    private static UUID preselected(Product plan) {
        return plan.templates().entrySet().stream()
                .filter(e -> e.getValue() == TemplateChoice.PRE_SELECTED)
                .map(e -> UUID.fromString(e.getKey())).findFirst().orElse(null);
    }
}
