/**
 * Which language each request is answered in (the page's {@code lang} cookie, else {@code Accept-Language}), sent
 * on to the services, and the words the page's scripts need (issue 21).
 */
@NullMarked
package io.accountsuite.gateway.language;

import org.jspecify.annotations.NullMarked;
