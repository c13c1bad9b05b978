/** A customer's billing address, checked per country (postal code and VAT number shapes). */
@NullMarked
package io.accountsuite.billing.address;

import org.jspecify.annotations.NullMarked;
