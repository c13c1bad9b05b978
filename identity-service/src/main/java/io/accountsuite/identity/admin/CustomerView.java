package io.accountsuite.identity.admin;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import io.accountsuite.identity.customer.Customer;

/**
 * A customer as the admin API writes it, and as the audit log keeps it before and after an admin's change:
 * {@code {"id", "email", "name", "roles": ["customer", "admin"], "status": "active|deleting", "createdAt"}}; never
 * the password hash.
 */
record CustomerView(UUID id, String email, String name, Set<String> roles, String status, Instant createdAt) {

    static CustomerView of(Customer c) {
        return new CustomerView(c.id(), c.email(), c.name(), c.roles(), c.status().value(), c.createdAt());
    }
}
