/**
 * What the customer is told and when: one handler per event that a customer hears about (identity, billing,
 * membership, domain and site events), trial reminders, and the farewell sent before an erasure.
 */
@NullMarked
package io.accountsuite.notification.notices;

import org.jspecify.annotations.NullMarked;
