/** Account deletion: the saga that asks every service to erase the customer and waits for each. */
@NullMarked
package io.accountsuite.identity.deletion;

import org.jspecify.annotations.NullMarked;
