/** Who the customers are to this service: their address, name and language, from identity's events. */
@NullMarked
package io.accountsuite.notification.recipient;

import org.jspecify.annotations.NullMarked;
