package io.accountsuite.membership.memberships;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.accountsuite.membership.catalog.Products;
import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.problem.Message;
import io.accountsuite.platform.problem.ProblemType;
import io.accountsuite.platform.security.Caller;
import io.accountsuite.platform.validation.PlainText;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Cancelling stops renewals at once but keeps the site up until a paid period ends; a pending membership is
 * abandoned with its invoice. Resubscribing turns renewals back on while a paid period runs, and otherwise starts a
 * new period that is active once its invoice is paid: neither creates paid time.
 */
@Service
@RequiredArgsConstructor
public class Cancellation {

    public static final List<String> REASONS = List.of("too-expensive", "missing-features", "switching-service",
            "not-using", "technical-issues", "other");

    private final OwnedMemberships owned;
    private final Products products;
    private final MembershipEventPublisher events;
    private final TransactionalOperator tx;
    private final Clock clock;

    /**
     * Cancels with a reason: {@code reason} one of {@link #REASONS}, {@code details} required for "other" (at most
     * 1000 characters), {@code confirm} exactly "CANCEL". 400 with field errors otherwise, 409 when the membership
     * cannot be cancelled now.
     */
    public Mono<Membership> cancel(Caller caller, UUID id, String reason, String details, String confirm) {
        ApiProblem invalid = ProblemType.VALIDATION.problem(Message.of("membership.cancel.incomplete"));
        if (reason == null || !REASONS.contains(reason)) {
            invalid.field("reason", Message.of("membership.cancel.reason", String.join(", ", REASONS)));
        }
        String text = details == null ? "" : details.strip();
        if ("other".equals(reason) && text.isEmpty()) {
            invalid.field("details", Message.of("membership.cancel.details-needed"));
        }
        if (text.length() > 1000 || !PlainText.isMultiLine(text)) {
            invalid.field("details", Message.of("membership.cancel.details-shape"));
        }
        if (!"CANCEL".equals(confirm)) {
            invalid.field("confirm", Message.of("membership.cancel.confirm"));
        }
        if (!invalid.errors().isEmpty()) {
            return Mono.error(invalid);
        }
        String recorded = text.isEmpty() ? reason : reason + ": " + text;
        return tx.transactional(owned.lock(caller, id).flatMap(m -> events.save(
                RefusedTransitions.attempt(() -> m.cancel(recorded, clock.instant())))));
    }

    /** Resubscribes a cancelled or expired membership (409 otherwise); see {@link Membership#resubscribe}. */
    public Mono<Membership> resubscribe(Caller caller, UUID id) {
        return tx.transactional(owned.lock(caller, id).flatMap(m -> products.byIds(termsProducts(m))
                .flatMap(catalog -> events.save(RefusedTransitions.attempt(() ->
                        m.resubscribe(clock.instant(), new CatalogCharges(catalog)))))));
    }

    private static Set<UUID> termsProducts(Membership m) {
        Set<UUID> ids = new HashSet<>(m.addOns().keySet());
        ids.add(m.planId());
        return ids;
    }
}
