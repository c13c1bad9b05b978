/** Customers: their identity, email address and session cut-off. */
@NullMarked
package io.accountsuite.identity.customer;

import org.jspecify.annotations.NullMarked;
