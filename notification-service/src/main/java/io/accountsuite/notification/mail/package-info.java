/**
 * Mails: what each kind says (a message bundle and two Thymeleaf templates, text and HTML), the queue that is also
 * the sent-messages log, and the delivery that hands them to SMTP with retries, backoff and parking.
 */
@NullMarked
package io.accountsuite.notification.mail;

import org.jspecify.annotations.NullMarked;
