/** The network's sender (name and address on every mail) and where mails' links lead. */
@NullMarked
package io.accountsuite.notification.settings;

import org.jspecify.annotations.NullMarked;
