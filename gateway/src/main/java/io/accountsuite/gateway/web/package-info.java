/** The customer account page and the sign-in page, with and without JavaScript. */
@NullMarked
package io.accountsuite.gateway.web;

import org.jspecify.annotations.NullMarked;
