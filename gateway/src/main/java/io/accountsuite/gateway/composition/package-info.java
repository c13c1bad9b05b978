/** The account overview and admin settings composed from every service, each block within its time limit. */
@NullMarked
package io.accountsuite.gateway.composition;

import org.jspecify.annotations.NullMarked;
