package io.accountsuite.membership.membership;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.accountsuite.membership.catalog.Products;
import io.accountsuite.membership.change.Coupon;
import io.accountsuite.membership.change.MembershipChanges;
import io.accountsuite.membership.change.MembershipChanges.ChangeRequest;
import io.accountsuite.membership.web.Views.ProductView;
import io.accountsuite.membership.web.Views.QuoteView;
import io.accountsuite.platform.security.Caller;
import io.accountsuite.platform.validation.SingleLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The customer's memberships: start one, see it, change it, cancel and resubscribe; and the admin's side. */
@RestController
class MembershipController {

    private final MembershipCreation creation;
    private final MembershipChanges changes;
    private final Cancellation cancellation;
    private final OwnedMemberships owned;
    private final Memberships memberships;
    private final Products products;

    MembershipController(MembershipCreation creation, MembershipChanges changes, Cancellation cancellation,
                         OwnedMemberships owned, Memberships memberships, Products products) {
        this.creation = creation;
        this.changes = changes;
        this.cancellation = cancellation;
        this.owned = owned;
        this.memberships = memberships;
        this.products = products;
    }

    record NewMembership(@NotNull UUID planId, @Size(max = 20) List<MembershipCreation.AddOnRequest> addOns,
                         @NotNull MembershipCreation.SiteRequest site, Object coupon) {
    }

    record AdminNewMembership(@NotNull UUID customerId, @NotNull UUID planId,
                              @Size(max = 20) List<MembershipCreation.AddOnRequest> addOns,
                              @NotNull MembershipCreation.SiteRequest site, @Valid CouponForm coupon) {
    }

    record CouponForm(@NotBlank @Size(max = 40) @SingleLine String code, @NotNull @Pattern(regexp = "percent|amount") String kind,
                      @NotNull @DecimalMin("0.01") @DecimalMax("100000") BigDecimal value, Boolean appliesToRenewals) {
    }

    record ChangeBody(UUID planId, @Size(max = 20) List<ChangeRequest.AddOn> addOns, Object billingPeriod,
                      Object coupon) {
        ChangeRequest request() {
            return new ChangeRequest(planId, addOns, coupon == null ? null : String.valueOf(coupon));
        }
    }

    record CancellationBody(String reason, @Size(max = 2000) String details, String confirm) {
    }

    record ChangeOptions(UUID currentPlanId, Map<UUID, Integer> currentAddOns, List<ProductView> plans,
                         List<ProductView> addOns) {
    }

    @PostMapping("/api/memberships")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<MembershipOverview> create(@Valid @RequestBody NewMembership body, Caller caller) {
        if (body.coupon() != null) {
            return Mono.error(io.accountsuite.platform.problem.ApiProblem.invalid("coupon",
                    "coupons are applied by the network admin"));
        }
        return creation.create(caller.customerId(), body.planId(), body.addOns(), body.site(), null)
                .flatMap(this::overview);
    }

    @PostMapping("/api/admin/memberships")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<MembershipOverview> createForCustomer(@Valid @RequestBody AdminNewMembership body) {
        Coupon coupon = body.coupon() == null ? null : new Coupon(body.coupon().code(),
                Coupon.Kind.of(body.coupon().kind()), body.coupon().value(), Boolean.TRUE.equals(body.coupon().appliesToRenewals()));
        return creation.create(body.customerId(), body.planId(), body.addOns(), body.site(), coupon)
                .flatMap(this::overview);
    }

    @GetMapping("/api/memberships")
    Flux<MembershipOverview> mine(Caller caller) {
        return memberships.ofCustomer(caller.customerId()).concatMap(this::overview);
    }

    @GetMapping("/api/memberships/{id}")
    Mono<MembershipOverview> one(@PathVariable UUID id, Caller caller) {
        return owned.find(caller, id).flatMap(this::overview);
    }

    @GetMapping("/api/memberships/{id}/change-options")
    Mono<ChangeOptions> options(@PathVariable UUID id, Caller caller) {
        return owned.find(caller, id).flatMap(m -> changes.options(caller, id).map(all -> new ChangeOptions(
                m.planId(), m.addOns(),
                all.stream().filter(p -> p.isPlan()).map(ProductView::of).toList(),
                all.stream().filter(p -> !p.isPlan()).map(ProductView::of).toList())));
    }

    @PostMapping("/api/memberships/{id}/change/preview")
    Mono<QuoteView> preview(@PathVariable UUID id, @Valid @RequestBody ChangeBody body, Caller caller) {
        return changes.preview(caller, id, body.request())
                .map(q -> QuoteView.of(q.quote(), q.usage(), q.today()));
    }

    @PostMapping("/api/memberships/{id}/change")
    Mono<QuoteView> change(@PathVariable UUID id, @Valid @RequestBody ChangeBody body, Caller caller) {
        return changes.change(caller, id, body.request())
                .map(q -> QuoteView.of(q.quote(), q.usage(), q.today()));
    }

    @DeleteMapping("/api/memberships/{id}/scheduled-change")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> cancelScheduled(@PathVariable UUID id, Caller caller) {
        return changes.cancelScheduled(caller, id);
    }

    @PostMapping("/api/memberships/{id}/cancellation")
    Mono<MembershipOverview> cancel(@PathVariable UUID id, @Valid @RequestBody CancellationBody body, Caller caller) {
        return cancellation.cancel(caller, id, body.reason(), body.details(), body.confirm()).flatMap(this::overview);
    }

    @PostMapping("/api/memberships/{id}/resubscription")
    Mono<MembershipOverview> resubscribe(@PathVariable UUID id, Caller caller) {
        return cancellation.resubscribe(caller, id).flatMap(this::overview);
    }

    private Mono<MembershipOverview> overview(Membership m) {
        Set<UUID> ids = new HashSet<>(m.addOns().keySet());
        ids.add(m.planId());
        if (m.scheduledChange() != null) {
            ids.add(m.scheduledChange().planId());
        }
        return products.byIds(ids).map(catalog -> MembershipOverview.of(m, catalog));
    }
}
