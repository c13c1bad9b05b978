/** Domain names as a customer may add them: punycode, lower case, RFC 1123 labels, never a public suffix. */
@NullMarked
package io.accountsuite.domain.name;

import org.jspecify.annotations.NullMarked;
