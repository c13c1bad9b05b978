package io.accountsuite.membership.catalog;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A product as the admin API writes it: every field of the {@link ProductView}, and {@code holders}, how many
 * memberships that still stand hold it (a deactivated plan keeps them: it is only no longer sold).
 */
public record AdminProductView(@JsonUnwrapped ProductView product, long holders) {
}
