package io.accountsuite.billing.address;

import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.security.Caller;
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

    @GetMapping
    Mono<BillingAddress> get(Caller caller) {
        return addresses.find(caller.customerId())
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("billing address")));
    }

    @PutMapping
    Mono<BillingAddress> put(@RequestBody AddressValidation.Input body, Caller caller) {
        return changes.change(caller.customerId(), body);
    }
}
