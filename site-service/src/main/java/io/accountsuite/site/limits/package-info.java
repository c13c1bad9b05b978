/** The limits a site's membership allows, projected from membership-service, and the checks against them. */
@NullMarked
package io.accountsuite.site.limits;

import org.jspecify.annotations.NullMarked;
