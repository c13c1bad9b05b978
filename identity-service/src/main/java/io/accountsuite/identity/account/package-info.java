/** A signed-in customer's own account: profile, email, password. */
@NullMarked
package io.accountsuite.identity.account;

import org.jspecify.annotations.NullMarked;
