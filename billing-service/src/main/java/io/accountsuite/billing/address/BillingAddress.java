package io.accountsuite.billing.address;

import java.util.UUID;

/** Where a customer's invoices are addressed. Optional fields are null when absent. */
public record BillingAddress(UUID customerId, String companyName, String email, String line1, String line2,
                             String city, String region, String postalCode, String country, String vatNumber) {
}
