/** Products (plans, add-ons, services) the network sells, and the admin editing them. */
@NullMarked
package io.accountsuite.membership.catalog;

import org.jspecify.annotations.NullMarked;
