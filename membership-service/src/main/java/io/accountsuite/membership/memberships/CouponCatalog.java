package io.accountsuite.membership.memberships;

import java.time.Clock;
import java.util.Currency;
import java.util.Locale;

import io.accountsuite.membership.MembershipProblems;
import io.accountsuite.platform.audit.AdminAudit;
import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.problem.Message;
import io.accountsuite.platform.security.Caller;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The network's coupon catalog (issue 20): an admin adds coupons and deactivates them, each change written to the
 * audit log in its transaction ({@code coupon-created}, {@code coupon-deactivated}), and gives an active one by its
 * code with a membership ({@link #usable}).
 */
@Service
@RequiredArgsConstructor
public class CouponCatalog {

    private final Coupons coupons;
    private final AdminAudit audit;
    private final TransactionalOperator tx;
    private final Clock clock;

    /** The newest {@code limit} coupons, active or not. */
    public Flux<CatalogCoupon> newest(int limit) {
        return coupons.newest(limit);
    }

    /** Adds the coupon the form describes; 400 for invalid fields, 409 {@code coupon-code-taken}. */
    Mono<CatalogCoupon> create(Caller admin, CouponForm form) {
        return Mono.fromSupplier(() -> form.catalogued(clock.instant()))
                .flatMap(coupon -> tx.transactional(coupons.insert(coupon).flatMap(added -> added
                        ? audit.record(admin, "coupon-created", null, subject(coupon), null, CouponView.of(coupon))
                        .thenReturn(coupon)
                        : Mono.error(MembershipProblems.COUPON_CODE_TAKEN
                        .problem(Message.of("membership.coupon.code-taken"))
                        .field("code", Message.of("membership.catalog.used"))))));
    }

    /**
     * Deactivates the coupon (any letter case of its code): it is given no more, and the memberships that have it
     * keep it. Idempotent: an inactive coupon is answered as it is, and nothing is recorded. 404 for an unknown code.
     */
    Mono<CatalogCoupon> deactivate(Caller admin, String code) {
        String upper = code.toUpperCase(Locale.ROOT);
        return tx.transactional(coupons.lock(upper).switchIfEmpty(Mono.error(() -> ApiProblem.notFound("coupon")))
                .flatMap(before -> {
                    if (!before.active()) {
                        return Mono.just(before);
                    }
                    CatalogCoupon after = before.deactivated();
                    return coupons.updateActive(upper, false, clock.instant())
                            .then(audit.record(admin, "coupon-deactivated", null, subject(before),
                                    CouponView.of(before), CouponView.of(after)))
                            .thenReturn(after);
                }));
    }

    /**
     * The catalog coupon {@code code} (any letter case) to give with a membership billed in {@code billing}; 400
     * on field {@code couponCode} when it is unknown, deactivated, or an amount in another currency.
     */
    Mono<Coupon> usable(String code, Currency billing) {
        return coupons.find(code.strip().toUpperCase(Locale.ROOT))
                .filter(CatalogCoupon::active)
                .switchIfEmpty(Mono.error(() -> ApiProblem.invalid("couponCode",
                        Message.of("membership.coupon.not-active"))))
                .flatMap(coupon -> coupon.fits(billing) ? Mono.just(coupon.coupon())
                        : Mono.error(ApiProblem.invalid("couponCode", Message.of("membership.coupon.other-currency",
                        coupon.currency().getCurrencyCode(), billing.getCurrencyCode()))));
    }

    private static String subject(CatalogCoupon coupon) {
        return "coupon " + coupon.code();
    }
}
