/** Invoices: issued for membership charges, numbered without gaps, cancelled, and the customer's account credit. */
@NullMarked
package io.accountsuite.billing.invoice;

import org.jspecify.annotations.NullMarked;
