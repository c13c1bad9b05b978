/** Checking a domain's DNS and TLS in the background, leased so each check runs once. */
@NullMarked
package io.accountsuite.domain.verification;

import org.jspecify.annotations.NullMarked;
