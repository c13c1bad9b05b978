/** Each signed-in customer's live events, streamed to the page (server-sent events). */
@NullMarked
package io.accountsuite.gateway.live;

import org.jspecify.annotations.NullMarked;
