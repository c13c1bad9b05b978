/** Password policy and hashing, bounded by the memory the hashes need. */
@NullMarked
package io.accountsuite.identity.password;

import org.jspecify.annotations.NullMarked;
