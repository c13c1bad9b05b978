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
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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

    /**
     * Starts a membership for the caller: a plan, its add-ons and the site it serves.
     *
     * 201 with the membership, pending until its first invoice is paid (the invoice to pay is named). Coupons are
     * applied by the network admin only (400 on {@code coupon}). Takes an {@code Idempotency-Key} (API.md
     * "Idempotency keys").
     */
    @ApiResponse(responseCode = "409", description = "customer-erased: this customer's account was deleted")
    @ApiResponse(responseCode = "201", description = "The membership started",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = MembershipOverview.class)))
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
     * Starts a membership for a customer (role admin), with a coupon given inline or from the catalog.
     *
     * The coupon inline ({@code coupon}) or by its code ({@code couponCode}); written to the audit log as
     * {@code membership-created}. 201 with the membership.
     */
    @ApiResponse(responseCode = "409", description = "customer-erased: this customer's account was deleted")
    @PostMapping("/api/admin/memberships")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<MembershipOverview> createForCustomer(@Valid @RequestBody AdminMembershipCreation.Request body, Caller admin) {
        return adminCreation.create(admin, body).flatMap(this::overview);
    }

    /**
     * Lists the caller's memberships, each with its plan, add-ons, status and totals.
     *
     * Money as {@code {amount, currency}}, the amount a decimal string; {@code billingPeriod} says how often the total
     * is charged.
     */
    @GetMapping("/api/memberships")
    Flux<MembershipOverview> mine(Caller caller) {
        return memberships.ofCustomer(caller.customerId()).concatMap(this::overview);
    }

    /** Retrieves one of the caller's memberships with its plan, add-ons, status, totals and changes under way. */
    @GetMapping("/api/memberships/{id}")
    Mono<MembershipOverview> one(@PathVariable UUID id, Caller caller) {
        return owned.find(caller, id).flatMap(this::overview);
    }

    /** Lists the plans and add-ons the caller's membership can change to, with its current plan and add-ons. */
    @GetMapping("/api/memberships/{id}/change-options")
    Mono<ChangeOptions> options(@PathVariable UUID id, Caller caller) {
        return owned.find(caller, id).flatMap(m -> changes.options(caller, id).map(all -> new ChangeOptions(
                m.planId(), m.addOns(),
                all.stream().filter(p -> p.isPlan()).map(ProductView::of).toList(),
                all.stream().filter(p -> !p.isPlan()).map(ProductView::of).toList())));
    }

    /**
     * Quotes a change of plan or add-ons without making it.
     *
     * What would be charged now (with the proration credit), the new recurring total, the new limits against the
     * site's usage, and whether the change would apply now, be scheduled for the period's end (a downgrade) or await
     * payment (SPEC section 3). Money as {@code {amount, currency}}, the amount a decimal
     * string. A change that changes nothing (kind no-change) or leaves the site over the new limits
     * ({@code blocking}: what to remove first) is quoted, not refused: the change itself answers 409. A billing
     * period cannot be chosen (each plan bills on its own).
     */
    @PostMapping("/api/memberships/{id}/change/preview")
    Mono<QuoteView> preview(@PathVariable UUID id, @Valid @RequestBody ChangeBody body, Caller caller) {
        return Mono.fromSupplier(body::request).flatMap(change -> changes.preview(caller, id, change))
                .map(QuoteView::of);
    }

    /**
     * Changes the membership's plan or add-ons, charging the prorated difference.
     *
     * 200 with the quote and its {@code outcome}: applied now, scheduled for the period's end (a downgrade), or
     * awaiting-payment with the {@code invoiceId} to pay. Takes an {@code Idempotency-Key} (API.md "Idempotency keys").
     */
    @ApiResponse(responseCode = "409", description = "no-change, over-limit (the site would be over the new limits), "
            + "change-pending (a change already awaits payment) or not-allowed-now (the membership's state refuses it)")
    @ApiResponse(responseCode = "200", description = "The quote and the change's outcome",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = QuoteView.class)))
    @PostMapping("/api/memberships/{id}/change")
    Mono<ResponseEntity<byte[]>> change(@PathVariable UUID id, @Valid @RequestBody ChangeBody body, Caller caller,
                                        @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String key,
                                        ServerHttpRequest request) {
        return Mono.fromSupplier(body::request).flatMap(change -> idempotency.once(caller.customerId(), key, request,
                body, () -> changes.change(caller, id, change).map(q -> Answer.of(HttpStatus.OK, QuoteView.of(q)))));
    }

    /**
     * Discards the change awaiting payment and cancels its invoice.
     *
     * 204; with nothing pending there is nothing to do (204 too).
     */
    @DeleteMapping("/api/memberships/{id}/pending-change")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> discardPending(@PathVariable UUID id, Caller caller) {
        return changes.discardPending(caller, id);
    }

    /** Cancels the change scheduled for the period's end; the membership keeps its current terms. */
    @DeleteMapping("/api/memberships/{id}/scheduled-change")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> cancelScheduled(@PathVariable UUID id, Caller caller) {
        return changes.cancelScheduled(caller, id);
    }

    /**
     * Cancels the membership at the end of its period, with a reason.
     *
     * {@code reason}: too-expensive, missing-features, switching-service, not-using, technical-issues or other (then
     * {@code details}, at most 1000 characters, required); {@code confirm}: exactly "CANCEL". 200 with the membership.
     */
    @ApiResponse(responseCode = "200", description = "The membership, cancelled")
    @ApiResponse(responseCode = "409", description = "not-allowed-now: the membership cannot be cancelled in its "
            + "current state")
    @PostMapping("/api/memberships/{id}/cancellation")
    Mono<MembershipOverview> cancel(@PathVariable UUID id, @Valid @RequestBody CancellationBody body, Caller caller) {
        return cancellation.cancel(caller, id, body.reason(), body.details(), body.confirm()).flatMap(this::overview);
    }

    /**
     * Resubscribes a cancelled or expired membership on its terms.
     *
     * 200 with the membership. Takes an {@code Idempotency-Key} (API.md "Idempotency keys").
     */
    @ApiResponse(responseCode = "409", description = "not-allowed-now: only a cancelled or expired membership can be "
            + "resubscribed")
    @ApiResponse(responseCode = "200", description = "The membership, active again",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = MembershipOverview.class)))
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
