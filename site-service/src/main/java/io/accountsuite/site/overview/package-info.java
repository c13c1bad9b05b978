/** The account page's site blocks in one answer: the caller's site, its limits and the templates it may switch to. */
@NullMarked
package io.accountsuite.site.overview;

import org.jspecify.annotations.NullMarked;
