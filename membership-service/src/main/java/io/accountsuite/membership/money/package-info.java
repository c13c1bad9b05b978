/** Money in a currency, in minor units, and its JSON shape. */
@NullMarked
package io.accountsuite.membership.money;

import org.jspecify.annotations.NullMarked;
