/** Renewals and dunning run on a schedule, and billing's payment events applied to memberships. */
@NullMarked
package io.accountsuite.membership.renewal;

import org.jspecify.annotations.NullMarked;
