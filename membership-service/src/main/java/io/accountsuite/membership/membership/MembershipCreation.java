package io.accountsuite.membership.membership;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import io.accountsuite.contracts.membership.MembershipEvents;
import io.accountsuite.contracts.membership.MembershipEvents.MembershipCreated;
import io.accountsuite.membership.catalog.Product;
import io.accountsuite.membership.catalog.Products;
import io.accountsuite.membership.change.ChargeLine;
import io.accountsuite.membership.change.Coupon;
import io.accountsuite.membership.change.Pricing;
import io.accountsuite.membership.entitlement.Entitlements.TemplateChoice;
import io.accountsuite.membership.entitlement.Entitlements.TemplateMode;
import io.accountsuite.membership.money.Money;
import io.accountsuite.platform.outbox.Outbox;
import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.problem.ProblemType;
import io.accountsuite.platform.validation.PlainText;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Starts a membership: checks the plan, the add-ons it offers and the requested site, prices the first purchase and
 * publishes MembershipCreated, from which site-service creates the site and billing-service the first invoice.
 */
@Service
public class MembershipCreation {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{1,61}[a-z0-9])");

    public record AddOnRequest(UUID productId, Integer quantity) {
    }

    public record SiteRequest(String title, String slug, UUID templateId) {
    }

    private final Products products;
    private final Memberships memberships;
    private final Outbox outbox;
    private final TransactionalOperator tx;
    private final Clock clock;

    public MembershipCreation(Products products, Memberships memberships, Outbox outbox, TransactionalOperator tx,
                              Clock clock) {
        this.products = products;
        this.memberships = memberships;
        this.outbox = outbox;
        this.tx = tx;
        this.clock = clock;
    }

    public Mono<Membership> create(UUID customerId, UUID planId, List<AddOnRequest> addOnRequests, SiteRequest site,
                                   Coupon coupon) {
        return products.find(planId)
                .filter(plan -> plan.isPlan() && plan.active())
                .switchIfEmpty(Mono.error(() -> ApiProblem.invalid("planId", "is not a plan on sale")))
                .flatMap(plan -> validAddOns(plan, addOnRequests).flatMap(addOns ->
                        products.byIds(addOns.keySet()).flatMap(found -> {
                            Map<UUID, Product> catalog = new LinkedHashMap<>(found);
                            catalog.put(plan.id(), plan);
                            return validSite(plan, site).then(start(customerId, plan, addOns, catalog, site, coupon));
                        })));
    }

    private Mono<Membership> start(UUID customerId, Product plan, Map<UUID, Integer> addOns,
                                   Map<UUID, Product> catalog, SiteRequest site, Coupon coupon) {
        if (catalog.values().stream().anyMatch(p -> !p.price().currency().equals(plan.price().currency()))) {
            return Mono.error(ApiProblem.invalid("addOns", "must be priced in the plan's currency"));
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<ChargeLine> lines = Pricing.initialLines(plan, addOns, catalog::get, coupon);
        Money initial = ChargeLine.sum(lines, plan.price().currency()).max(Money.zero(plan.price().currency()));
        MembershipStatus status = initial.isPositive() ? MembershipStatus.PENDING : MembershipStatus.ACTIVE;
        UUID template = templateFor(plan, site.templateId());
        // A reference collision is a one-in-3.6-quadrillion event; a fresh reference is drawn for each attempt.
        return Mono.defer(() -> insert(new Membership(UUID.randomUUID(), References.next(), customerId, plan.id(), addOns,
                status, plan.price().currency(), initial, Pricing.recurringTotal(plan, addOns, catalog::get, coupon),
                plan.period(), plan.billingCycles(), status == MembershipStatus.ACTIVE ? 1 : 0, plan.period().recurs(),
                coupon, now,
                status == MembershipStatus.ACTIVE ? now : null, today, plan.period().end(today).orElse(null), null,
                null, null), plan, addOns, catalog, site, template, lines))
                .retryWhen(Retry.max(2).filter(DuplicateKeyException.class::isInstance));
    }

    private Mono<Membership> insert(Membership membership, Product plan, Map<UUID, Integer> addOns,
                                    Map<UUID, Product> catalog, SiteRequest site, UUID template,
                                    List<ChargeLine> lines) {
        var created = new MembershipCreated(membership.id(), membership.reference(), plan.id(), membership.status().value(),
                new MembershipEvents.RequestedSite(site.title().strip(), site.slug(), template),
                MembershipEventPayloads.entitlements(plan.id(), addOns, catalog::get),
                MembershipEventPayloads.charge("initial", lines, plan.price().currency()));
        return tx.transactional(memberships.insert(membership)
                .flatMap(m -> outbox.append(MembershipEvents.MEMBERSHIP_CREATED, m.customerId(), m.id(), created)
                        .thenReturn(m)));
    }

    private static Mono<Map<UUID, Integer>> validAddOns(Product plan, List<AddOnRequest> requests) {
        Map<UUID, Integer> addOns = new LinkedHashMap<>();
        for (AddOnRequest request : requests == null ? List.<AddOnRequest>of() : requests) {
            if (request == null || request.productId() == null || !plan.addOnIds().contains(request.productId())) {
                return Mono.error(ApiProblem.invalid("addOns", "must be add-ons offered with the plan"));
            }
            if (request.quantity() == null || request.quantity() < 1 || request.quantity() > 100) {
                return Mono.error(ApiProblem.invalid("addOns", "quantities must be between 1 and 100"));
            }
            addOns.merge(request.productId(), request.quantity(), Integer::sum);
        }
        return Mono.just(addOns);
    }

    private static Mono<Void> validSite(Product plan, SiteRequest site) {
        ApiProblem invalid = ProblemType.VALIDATION.problem("The site request is invalid; see errors");
        if (site == null) {
            return Mono.error(invalid.field("site", "is required"));
        }
        String title = site.title() == null ? "" : site.title().strip();
        if (title.isEmpty() || title.length() > 120 || !PlainText.isSingleLine(title)) {
            invalid.field("site.title", "must be 1 to 120 characters without control characters");
        }
        if (site.slug() == null || !SLUG.matcher(site.slug()).matches()) {
            invalid.field("site.slug", "must be 3 to 63 lower-case letters, digits or inner hyphens");
        }
        if (site.templateId() != null && plan.templateMode() == TemplateMode.CHOOSE) {
            TemplateChoice choice = plan.templates().get(site.templateId().toString());
            if (choice == null || choice == TemplateChoice.NOT_AVAILABLE) {
                invalid.field("site.templateId", "is not available with this plan");
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
                .filter(e -> e.getValue() == TemplateChoice.PRESELECTED)
                .map(e -> UUID.fromString(e.getKey())).findFirst().orElse(null);
    }
}
