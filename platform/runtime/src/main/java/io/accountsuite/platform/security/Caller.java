package io.accountsuite.platform.security;

import java.util.Set;
import java.util.UUID;

/**
 * Who is calling: the customer id from the access token's subject and the roles it grants. Declare a parameter of
 * this type on a handler method to receive it.
 */
public record Caller(UUID customerId, Set<String> roles) {

    public static final String ADMIN = "admin";

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean is(UUID customer) {
        return customerId.equals(customer);
    }
}
