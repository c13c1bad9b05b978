package io.accountsuite.membership.memberships;

import io.accountsuite.platform.security.Caller;
import io.accountsuite.platform.web.ListQuery;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The admin's coupon catalog (issue 20's admin contract): list, add, deactivate. */
@RestController
@RequiredArgsConstructor
class CouponController {

    private final CouponCatalog catalog;

    /**
     * Lists the coupons, newest first (role admin).
     *
     * At most {@code limit} ({@link ListQuery}; a bad value is a 400 field error).
     */
    @GetMapping("/api/admin/coupons")
    Flux<CouponView> list(@RequestParam(required = false) @Nullable String limit) {
        return Flux.defer(() -> catalog.newest(ListQuery.limit(limit))).map(CouponView::of);
    }

    /** Adds a coupon to the catalog (role admin). 201 with the coupon; 400 field errors. */
    @ApiResponse(responseCode = "409", description = "coupon-code-taken: another coupon has this code")
    @PostMapping("/api/admin/coupons")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<CouponView> create(@Valid @RequestBody CouponForm form, Caller admin) {
        return catalog.create(admin, form).map(CouponView::of);
    }

    /**
     * Deactivates a coupon (role admin). 200 with the coupon, {@code active} false, however often; 404 for an unknown
     * code.
     */
    @PostMapping("/api/admin/coupons/{code}/deactivation")
    Mono<CouponView> deactivate(@PathVariable String code, Caller admin) {
        return catalog.deactivate(admin, code).map(CouponView::of);
    }
}
