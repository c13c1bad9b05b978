/** Sites: created with their membership, their content edited within the limits, deleted. */
@NullMarked
package io.accountsuite.site.sites;

import org.jspecify.annotations.NullMarked;
