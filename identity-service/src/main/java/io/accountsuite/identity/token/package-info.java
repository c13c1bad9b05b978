/** Access and refresh tokens and the sealed keys that sign them (JWKS). */
@NullMarked
package io.accountsuite.identity.token;

import org.jspecify.annotations.NullMarked;
