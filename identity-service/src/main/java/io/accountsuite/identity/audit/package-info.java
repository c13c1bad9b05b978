/** The security audit trail: sign-ins, failures, credential changes. */
@NullMarked
package io.accountsuite.identity.audit;

import org.jspecify.annotations.NullMarked;
