package io.accountsuite.billing.address;

import java.time.Clock;

import io.accountsuite.contracts.billing.BillingEvents;
import io.accountsuite.contracts.billing.BillingEvents.BillingAddressChanged;
import io.accountsuite.platform.outbox.Outbox;
import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.problem.ProblemType;
import io.accountsuite.platform.security.Caller;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The caller's own billing address: only its owner reads or changes it (the path names no customer). */
@RestController
@RequestMapping("/api/billing/address")
class AddressController {

    private final BillingAddresses addresses;
    private final Outbox outbox;
    private final TransactionalOperator tx;
    private final Clock clock;

    AddressController(BillingAddresses addresses, Outbox outbox, TransactionalOperator tx, Clock clock) {
        this.addresses = addresses;
        this.outbox = outbox;
        this.tx = tx;
        this.clock = clock;
    }

    @GetMapping
    Mono<BillingAddress> get(Caller caller) {
        return addresses.find(caller.customerId())
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("billing address")));
    }

    @PutMapping
    Mono<BillingAddress> put(@RequestBody AddressValidation.Input body, Caller caller) {
        var result = AddressValidation.validate(caller.customerId(), body);
        if (!result.valid()) {
            ApiProblem problem = ProblemType.VALIDATION.problem("The address has invalid fields; see errors");
            result.errors().forEach(e -> problem.field(e.field(), e.message()));
            return Mono.error(problem);
        }
        BillingAddress address = result.address();
        return tx.transactional(addresses.save(address, clock.instant())
                .flatMap(saved -> outbox.append(BillingEvents.BILLING_ADDRESS_CHANGED, caller.customerId(),
                        caller.customerId(), new BillingAddressChanged(saved.country())).thenReturn(saved)));
    }
}
