/** Refunds as credit notes, and charges dropped before they were paid. */
@NullMarked
package io.accountsuite.billing.refund;

import org.jspecify.annotations.NullMarked;
