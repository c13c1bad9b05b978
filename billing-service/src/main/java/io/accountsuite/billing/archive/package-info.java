/** Invoices and credit notes kept, detached from the erased customer, for the legal retention period. */
@NullMarked
package io.accountsuite.billing.archive;

import org.jspecify.annotations.NullMarked;
