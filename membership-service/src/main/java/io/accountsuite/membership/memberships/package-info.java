/** The membership aggregate: purchase, trial, payment, change with proration, cancellation, expiry. */
@NullMarked
package io.accountsuite.membership.memberships;

import org.jspecify.annotations.NullMarked;
