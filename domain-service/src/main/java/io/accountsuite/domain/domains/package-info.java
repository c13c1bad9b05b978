/** Custom domains of a site: adding, making primary, removing, their stages and the entitlement to have them. */
@NullMarked
package io.accountsuite.domain.domains;

import org.jspecify.annotations.NullMarked;
