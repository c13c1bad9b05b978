package io.accountsuite.identity.customer;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A customer's credentials and standing, as identity-service keeps them. */
public record Customer(UUID id, String email, String name, String passwordHash, Set<String> roles,
                       CustomerStatus status, Instant sessionsValidAfter, Instant createdAt, Instant updatedAt) {

    public static final String CUSTOMER = "customer";
    public static final String ADMIN = "admin";

    public boolean isActive() {
        return status == CustomerStatus.ACTIVE;
    }
}
