/**
 * The account overview, the admin settings and the admin audit log composed from every service, each block within its
 * time limit.
 */
@NullMarked
package io.accountsuite.gateway.composition;

import org.jspecify.annotations.NullMarked;
