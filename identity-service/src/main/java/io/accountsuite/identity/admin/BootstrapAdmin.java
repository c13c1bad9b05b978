package io.accountsuite.identity.admin;

import java.time.Duration;
import java.util.Set;

import io.accountsuite.identity.customer.Customer;
import io.accountsuite.identity.customer.Customers;
import io.accountsuite.identity.customer.Language;
import io.accountsuite.identity.customer.Registration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The network's first admin, created at start-up when {@code IDENTITY_BOOTSTRAP_ADMIN_EMAIL} and
 * {@code IDENTITY_BOOTSTRAP_ADMIN_PASSWORD} are set and no account has that email yet. Every other admin is
 * promoted by an admin.
 */
@Component
class BootstrapAdmin {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final Customers customers;
    private final Registration registration;
    private final String email;
    private final String password;

    BootstrapAdmin(Customers customers, Registration registration, BootstrapAdminSettings settings) {
        this.customers = customers;
        this.registration = registration;
        this.email = settings.email();
        this.password = settings.password();
    }

    @EventListener(ApplicationReadyEvent.class)
    void createIfAbsent() {
        if (email.isBlank() || password.isBlank()) {
            return;
        }
        customers.findByEmail(email)
                .hasElement()
                .flatMap(exists -> exists ? Mono.empty()
                        : registration.register(email, password, "Network admin",
                                Set.of(Customer.CUSTOMER, Customer.ADMIN), Language.EN)
                        .doOnNext(admin -> log.info("bootstrap admin {} created", admin.id())))
                .onErrorResume(e -> {
                    log.error("bootstrap admin not created: {}", e.getMessage());
                    return Mono.empty();
                })
                .block(Duration.ofSeconds(30));
    }
}
