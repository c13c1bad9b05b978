package io.accountsuite.billing.address;

import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.security.Caller;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The caller's own billing address: only its owner reads or changes it (the path names no customer). */
@RestController
@RequestMapping("/api/billing/address")
@RequiredArgsConstructor
class AddressController {

    private final BillingAddresses addresses;
    private final AddressChanges changes;

    /**
     * Retrieves the caller's billing address.
     *
     * 404 {@code not-found} while the caller has saved none.
     */
    @ApiResponse(responseCode = "200", description = "The caller's billing address")
    @ApiResponse(responseCode = "404", description = "not-found: the caller has saved no billing address")
    @GetMapping
    Mono<BillingAddress> get(Caller caller) {
        return addresses.find(caller.customerId())
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("billing address")));
    }

    /**
     * Saves the caller's billing address, checked against the country's rules.
     *
     * The whole address replaces the saved one; nothing is saved when a field is invalid (400 {@code validation-failed}
     * naming each invalid field in errors[]). Announced to the other services with the country only.
     */
    @PutMapping
    Mono<BillingAddress> put(@RequestBody AddressValidation.Input body, Caller caller) {
        return changes.change(caller.customerId(), body);
    }
}
