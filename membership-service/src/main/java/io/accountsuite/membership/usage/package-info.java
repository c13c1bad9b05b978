/** What each site uses (posts, pages, disk, visits), projected from site-service's events. */
@NullMarked
package io.accountsuite.membership.usage;

import org.jspecify.annotations.NullMarked;
