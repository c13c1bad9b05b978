package io.accountsuite.membership.memberships;

import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import io.accountsuite.contracts.membership.MembershipEvents;
import io.accountsuite.contracts.membership.MembershipEvents.MembershipChanged;
import io.accountsuite.contracts.membership.MembershipEvents.MembershipChargeCancelled;
import io.accountsuite.contracts.membership.MembershipEvents.MembershipChargeDue;
import io.accountsuite.contracts.membership.MembershipEvents.MembershipStatusChanged;
import io.accountsuite.membership.catalog.Product;
import io.accountsuite.membership.catalog.Products;
import io.accountsuite.membership.memberships.MembershipEvent.ChargeCancelled;
import io.accountsuite.membership.memberships.MembershipEvent.ChargeDue;
import io.accountsuite.membership.memberships.MembershipEvent.StatusChanged;
import io.accountsuite.membership.memberships.MembershipEvent.TermsChanged;
import io.accountsuite.platform.outbox.Outbox;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Writes a transition: the membership row and, in the same transaction, the events it publishes (outbox). Must run
 * inside the caller's transaction, like {@link Outbox#append}.
 */
@Component
@RequiredArgsConstructor
public class MembershipEventPublisher {

    private final Memberships memberships;
    private final Products products;
    private final Outbox outbox;

    /** Saves the membership after the transition, if it changed, and publishes its events; answers it. */
    public Mono<Membership> save(Transition transition) {
        Mono<Membership> saved = transition.changed() ? memberships.update(transition.after())
                : Mono.just(transition.after());
        return saved.flatMap(m -> publish(m, transition).thenReturn(m));
    }

    /** Publishes a transition's events for a membership already written (a new one, say). */
    public Mono<Void> publish(Membership m, Transition transition) {
        return Flux.fromIterable(transition.events()).concatMap(event -> publish(m, event)).then();
    }

    private Mono<Void> publish(Membership m, MembershipEvent event) {
        if (event instanceof StatusChanged s) {
            return outbox.append(MembershipEvents.MEMBERSHIP_STATUS_CHANGED, m.customerId(), m.id(),
                    new MembershipStatusChanged(m.id(), s.from().value(), s.to().value(),
                            m.period().end() == null ? null : m.period().end().atStartOfDay().toInstant(ZoneOffset.UTC),
                            m.paidThrough())).then();
        }
        if (event instanceof ChargeDue c) {
            return outbox.append(MembershipEvents.MEMBERSHIP_CHARGE_DUE, m.customerId(), m.id(),
                    new MembershipChargeDue(m.id(), c.invoiceId(), c.periodStart(), c.periodEnd(),
                            MembershipEventPayloads.charge(c.kind(), c.lines(), m.currency()))).then();
        }
        if (event instanceof ChargeCancelled c) {
            return outbox.append(MembershipEvents.MEMBERSHIP_CHARGE_CANCELLED, m.customerId(), m.id(),
                    new MembershipChargeCancelled(m.id(), c.invoiceId(), c.reason())).then();
        }
        return termsChanged(m, ((TermsChanged) event).kind().value());
    }

    /** MembershipChanged with the entitlements of the membership's terms now, as the catalog grants them. */
    public Mono<Void> termsChanged(Membership m, String change) {
        Set<UUID> ids = new HashSet<>(m.addOns().keySet());
        ids.add(m.planId());
        return products.byIds(ids).flatMap(catalog -> outbox.append(MembershipEvents.MEMBERSHIP_CHANGED,
                m.customerId(), m.id(), new MembershipChanged(m.id(), change, m.planId(),
                        MembershipEventPayloads.entitlements(m.planId(), m.addOns(), catalogOf(catalog))))).then();
    }

    private static Function<UUID, Product> catalogOf(Map<UUID, Product> catalog) {
        return catalog::get;
    }
}
