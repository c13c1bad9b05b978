package io.accountsuite.identity.customer;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A customer's credentials and standing, and the language the suite speaks to them in, as identity keeps them. */
public record Customer(UUID id, String email, String name, String passwordHash, Set<String> roles,
                       CustomerStatus status, Instant sessionsValidAfter, Instant createdAt, Instant updatedAt,
                       Language language) {

    public static final String CUSTOMER = "customer";
    public static final String ADMIN = "admin";

    public boolean isActive() {
        return status == CustomerStatus.ACTIVE;
    }
}
