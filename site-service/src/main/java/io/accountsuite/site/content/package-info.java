/** A site's posts, pages and media, and how much of each it holds. */
@NullMarked
package io.accountsuite.site.content;

import org.jspecify.annotations.NullMarked;
