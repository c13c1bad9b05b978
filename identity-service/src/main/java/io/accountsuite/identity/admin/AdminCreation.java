package io.accountsuite.identity.admin;

import java.util.Set;

import io.accountsuite.identity.customer.Customer;
import io.accountsuite.identity.customer.Language;
import io.accountsuite.identity.customer.Registration;
import io.accountsuite.platform.audit.AdminAudit;
import io.accountsuite.platform.security.Caller;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * A network admin creating a customer (support and demo data): a {@link Registration} whose transaction also
 * writes the audit entry {@code customer-created} (issue 20; before none, after the {@link CustomerView}).
 */
@Service
@RequiredArgsConstructor
class AdminCreation {

    private final Registration registration;
    private final AdminAudit audit;

    /**
     * As {@link Registration#register}: 400 for invalid fields, 409 {@code email-taken}. The account speaks English
     * until its owner chooses otherwise on their profile (the admin's own language says nothing of theirs).
     */
    Mono<Customer> create(Caller admin, String email, String password, String name, Set<String> roles) {
        return registration.register(email, password, name, roles, Language.EN, created -> audit.record(admin,
                "customer-created", created.id(), subject(created), null, CustomerView.of(created)));
    }

    /** How an audit entry names a customer: by id, never by email. */
    static String subject(Customer customer) {
        return "customer " + customer.id();
    }
}
