/** Whether a site is served: its membership's standing. */
@NullMarked
package io.accountsuite.site.serving;

import org.jspecify.annotations.NullMarked;
