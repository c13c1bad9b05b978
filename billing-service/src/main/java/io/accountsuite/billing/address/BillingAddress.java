package io.accountsuite.billing.address;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Where a customer's invoices are addressed. Optional fields are null when absent (and documented so: the API's
 * description says {@code "line2": null} may come).
 */
public record BillingAddress(UUID customerId, @Nullable String companyName, String email, String line1,
                             @Nullable String line2, String city, @Nullable String region, String postalCode,
                             String country, @Nullable String vatNumber) {
}
