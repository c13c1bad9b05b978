/** Invoices and credit notes as PDF documents. */
@NullMarked
package io.accountsuite.billing.pdf;

import org.jspecify.annotations.NullMarked;
