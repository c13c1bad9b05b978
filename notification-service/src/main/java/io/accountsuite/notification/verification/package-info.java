/**
 * Proving an address: single-use links (only their SHA-256 is stored, 24 hours) minted when a verification mail
 * leaves, and the endpoint that takes them and publishes AddressVerified.
 */
@NullMarked
package io.accountsuite.notification.verification;

import org.jspecify.annotations.NullMarked;
