package io.accountsuite.billing.address;

import java.time.Clock;
import java.util.UUID;

import io.accountsuite.contracts.billing.BillingEvents;
import io.accountsuite.contracts.billing.BillingEvents.BillingAddressChanged;
import io.accountsuite.platform.outbox.Outbox;
import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.problem.Message;
import io.accountsuite.platform.problem.ProblemType;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * A customer setting their own billing address: checked against the country's rules ({@link AddressValidation}),
 * saved and announced (BillingAddressChanged, naming only the country) in one transaction.
 */
@Service
@RequiredArgsConstructor
class AddressChanges {

    private final BillingAddresses addresses;
    private final Outbox outbox;
    private final TransactionalOperator tx;
    private final Clock clock;

    /** Saves the address as the customer's; 400 {@code validation-failed} naming each invalid field, nothing saved. */
    Mono<BillingAddress> change(UUID customerId, AddressValidation.Input input) {
        var result = AddressValidation.validate(customerId, input);
        if (!result.valid()) {
            ApiProblem problem = ProblemType.VALIDATION.problem(Message.of("billing.address.invalid"));
            result.errors().forEach(e -> problem.field(e.field(), e.message()));
            return Mono.error(problem);
        }
        return tx.transactional(addresses.save(result.address(), clock.instant())
                .flatMap(saved -> outbox.append(BillingEvents.BILLING_ADDRESS_CHANGED, customerId, customerId,
                        new BillingAddressChanged(saved.country())).thenReturn(saved)));
    }
}
