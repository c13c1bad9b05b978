/** Signing in, signing up, refreshing and ending sessions, with throttling per client address. */
@NullMarked
package io.accountsuite.identity.login;

import org.jspecify.annotations.NullMarked;
