/** The account page's billing blocks in one answer: address, invoices, credit notes and account credit. */
@NullMarked
package io.accountsuite.billing.overview;

import org.jspecify.annotations.NullMarked;
