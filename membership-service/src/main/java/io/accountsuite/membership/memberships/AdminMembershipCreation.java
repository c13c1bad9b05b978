package io.accountsuite.membership.memberships;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.accountsuite.membership.catalog.Product;
import io.accountsuite.membership.catalog.Products;
import io.accountsuite.platform.audit.AdminAudit;
import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.problem.Message;
import io.accountsuite.platform.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * A network admin starting a membership for a customer (support and demo data): a {@link MembershipCreation} with a
 * coupon given inline or from the {@link CouponCatalog} by its code, whose transaction also writes the audit entry
 * {@code membership-created} (before none, after the {@link AdminMembership}).
 */
@Service
@RequiredArgsConstructor
class AdminMembershipCreation {

    private final MembershipCreation creation;
    private final CouponCatalog coupons;
    private final Products products;
    private final AdminAudit audit;

    /**
     * What the admin asks for: the customer, the plan, add-ons and the site as a customer's purchase has them, and at
     * most one of a coupon written out ({@code coupon}) and a catalog coupon's code ({@code couponCode}).
     */
    record Request(@NotNull UUID customerId, @NotNull UUID planId,
                   @Size(max = 20) @Nullable List<MembershipCreation.AddOnRequest> addOns,
                   @NotNull MembershipCreation.SiteRequest site, @Valid @Nullable CouponForm coupon,
                   @Size(max = 60) @Nullable String couponCode) {
    }

    /**
     * Starts the membership; 400 on {@code couponCode} for a code that is unknown, inactive or an amount in another
     * currency than the plan's, or given with a {@code coupon}; otherwise as {@link MembershipCreation#create}.
     */
    Mono<Membership> create(Caller admin, Request request) {
        return coupon(request).flatMap(coupon -> creation.create(request.customerId(), request.planId(),
                request.addOns(), request.site(), coupon.orElse(null), created -> recorded(admin, created)));
    }

    private Mono<Optional<Coupon>> coupon(Request request) {
        if (request.couponCode() == null) {
            return Mono.fromSupplier(() -> Optional.ofNullable(request.coupon()).map(CouponForm::coupon));
        }
        if (request.coupon() != null) {
            return Mono.error(ApiProblem.invalid("couponCode",
                    Message.of("membership.coupon.written-out")));
        }
        // An unknown plan is left to the creation, which names it; a coupon fits any plan there is not.
        return products.find(request.planId())
                .flatMap(plan -> coupons.usable(request.couponCode(), plan.price().currency()).map(Optional::of))
                .defaultIfEmpty(Optional.empty());
    }

    private Mono<Void> recorded(Caller admin, Membership created) {
        return products.find(created.planId()).map(Product::name).map(Optional::of).defaultIfEmpty(Optional.empty())
                .flatMap(plan -> audit.record(admin, "membership-created", created.customerId(),
                        "membership " + created.reference(), null, AdminMembership.of(created, plan.orElse(null))));
    }
}
