package io.accountsuite.identity.account;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import io.accountsuite.contracts.identity.IdentityEvents;
import io.accountsuite.contracts.identity.IdentityEvents.LanguageChosen;
import io.accountsuite.identity.customer.Customers;
import io.accountsuite.identity.customer.Language;
import io.accountsuite.platform.outbox.Outbox;
import io.accountsuite.platform.problem.ApiProblem;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** What a customer changes on their profile without confirming their password: for now their language (issue 21). */
@Service
@RequiredArgsConstructor
public class ProfileChanges {

    private final Customers customers;
    private final CredentialChanges credentials;
    private final Outbox outbox;
    private final TransactionalOperator tx;
    private final Clock clock;

    /**
     * Sets the language the suite speaks to the customer in: {@code en} or {@code fr}, else 400 on field
     * {@code language} (null too: a customer always has one). A change is told with LanguageChosen in the same
     * transaction; the language they already have changes nothing and tells nothing.
     */
    public Mono<Void> chooseLanguage(UUID customerId, @Nullable String value) {
        Language language = Language.of(value).orElse(null);
        if (language == null) {
            return Mono.error(ApiProblem.invalid("language", "must be en or fr"));
        }
        return credentials.activeCustomer(customerId).flatMap(customer -> {
            Instant now = clock.instant();
            return tx.transactional(customers.updateLanguage(customerId, language, now)
                    .filter(Boolean::booleanValue)
                    .flatMap(changed -> outbox.append(IdentityEvents.LANGUAGE_CHOSEN, customerId, customerId,
                            new LanguageChosen(language.value(), now))));
        }).then();
    }
}
