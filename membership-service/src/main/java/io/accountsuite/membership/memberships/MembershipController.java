package io.accountsuite.membership.memberships;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.accountsuite.membership.catalog.ProductView;
import io.accountsuite.membership.catalog.Products;
import io.accountsuite.membership.memberships.MembershipChanges.ChangeRequest;
import io.accountsuite.platform.idempotency.IdempotencyKeys;
import io.accountsuite.platform.idempotency.IdempotencyKeys.Answer;
import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.problem.Message;
import io.accountsuite.platform.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The customer's memberships: start one, see it, change it, cancel and resubscribe; and an admin starting one for a
 * customer ({@link AdminMembershipController} lists them). Writes that create or charge take an
 * {@code Idempotency-Key} header (API.md).
 */
@RestController
@RequiredArgsConstructor
class MembershipController {

    private final MembershipCreation creation;
    private final AdminMembershipCreation adminCreation;
    private final MembershipChanges changes;
    private final Cancellation cancellation;
    private final OwnedMemberships owned;
    private final Memberships memberships;
    private final Products products;
    private final IdempotencyKeys idempotency;

    record NewMembership(@NotNull UUID planId, @Size(max = 20) List<MembershipCreation.AddOnRequest> addOns,
                         @NotNull MembershipCreation.SiteRequest site, Object coupon) {
    }

    record ChangeBody(UUID planId, @Size(max = 20) List<ChangeRequest.AddOn> addOns, Object billingPeriod,
                      Object coupon) {
        ChangeRequest request() {
            if (billingPeriod != null) {
                throw ApiProblem.invalid("billingPeriod", Message.of("membership.billing-period"));
            }
            return new ChangeRequest(planId, addOns, coupon == null ? null : String.valueOf(coupon));
        }
    }

    record CancellationBody(String reason, @Size(max = 2000) String details, String confirm) {
    }

    record ChangeOptions(UUID currentPlanId, Map<UUID, Integer> currentAddOns, List<ProductView> plans,
                         List<ProductView> addOns) {
    }

    @PostMapping("/api/memberships")
    Mono<ResponseEntity<byte[]>> create(@Valid @RequestBody NewMembership body, Caller caller,
                                        @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String key,
                                        ServerHttpRequest request) {
        if (body.coupon() != null) {
            return Mono.error(ApiProblem.invalid("coupon", Message.of("membership.coupon.admin-only")));
        }
        return idempotency.once(caller.customerId(), key, request, body, () ->
                creation.create(caller.customerId(), body.planId(), body.addOns(), body.site(), null)
                        .flatMap(this::overview).map(created -> Answer.of(HttpStatus.CREATED, created)));
    }

    /**
     * An admin starts a membership for a customer, with a coupon given inline ({@code coupon}) or from the catalog
     * ({@code couponCode}); written to the audit log as {@code membership-created}.
     */
    @PostMapping("/api/admin/memberships")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<MembershipOverview> createForCustomer(@Valid @RequestBody AdminMembershipCreation.Request body, Caller admin) {
        return adminCreation.create(admin, body).flatMap(this::overview);
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
        return Mono.fromSupplier(body::request).flatMap(change -> changes.preview(caller, id, change))
                .map(QuoteView::of);
    }

    @PostMapping("/api/memberships/{id}/change")
    Mono<ResponseEntity<byte[]>> change(@PathVariable UUID id, @Valid @RequestBody ChangeBody body, Caller caller,
                                        @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String key,
                                        ServerHttpRequest request) {
        return Mono.fromSupplier(body::request).flatMap(change -> idempotency.once(caller.customerId(), key, request,
                body, () -> changes.change(caller, id, change).map(q -> Answer.of(HttpStatus.OK, QuoteView.of(q)))));
    }

    @DeleteMapping("/api/memberships/{id}/pending-change")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> discardPending(@PathVariable UUID id, Caller caller) {
        return changes.discardPending(caller, id);
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
    Mono<ResponseEntity<byte[]>> resubscribe(@PathVariable UUID id, Caller caller,
                                             @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String key,
                                             ServerHttpRequest request) {
        return idempotency.once(caller.customerId(), key, request, Map.of(), () ->
                cancellation.resubscribe(caller, id).flatMap(this::overview)
                        .map(overview -> Answer.of(HttpStatus.OK, overview)));
    }

    private Mono<MembershipOverview> overview(Membership m) {
        return products.byIds(MembershipOverview.products(m)).map(catalog -> MembershipOverview.of(m, catalog));
    }
}
