/** Paying an invoice (the customer's card, or an admin marking it paid) and what a declined payment leaves. */
@NullMarked
package io.accountsuite.billing.payment;

import org.jspecify.annotations.NullMarked;
