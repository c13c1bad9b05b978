/** The network's templates and whether customers may switch between them. */
@NullMarked
package io.accountsuite.site.template;

import org.jspecify.annotations.NullMarked;
