/** What a plan with its add-ons entitles a site to: limits, custom domains, templates. */
@NullMarked
package io.accountsuite.membership.entitlement;

import org.jspecify.annotations.NullMarked;
