/** Tokens, cookie sessions, CSRF, client addresses and session cut-offs at the edge. */
@NullMarked
package io.accountsuite.gateway.security;

import org.jspecify.annotations.NullMarked;
