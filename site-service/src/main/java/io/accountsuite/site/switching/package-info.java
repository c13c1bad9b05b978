/** Switching a site's template: requested by the customer, run in the background under a lease. */
@NullMarked
package io.accountsuite.site.switching;

import org.jspecify.annotations.NullMarked;
