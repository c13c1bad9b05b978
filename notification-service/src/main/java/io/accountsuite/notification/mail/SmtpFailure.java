package io.accountsuite.notification.mail;

import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;

/**
 * Whether a failed send can ever succeed. A recipient the server refuses with a 5xx reply (RFC 5321 4.2.1:
 * "permanent negative completion", such as 550 mailbox unavailable) has bounced, and so has a message that cannot
 * be built; anything else (no connection, a timeout, a 4xx, a login refused) may pass later.
 */
final class SmtpFailure {

    private SmtpFailure() {
    }

    static boolean permanent(Throwable failure) {
        if (failure instanceof MailParseException || failure instanceof MailPreparationException) {
            return true;
        }
        if (failure instanceof MailSendException send) {
            for (Exception e : send.getMessageExceptions()) {
                if (bounced(e)) {
                    return true;
                }
            }
        }
        return bounced(failure);
    }

    /** Walks the causes and the chained exceptions of Jakarta Mail for a recipient refused with 5xx. */
    private static boolean bounced(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth++ < 20; t = next(t)) {
            if (t instanceof SMTPAddressFailedException refused && refused.getReturnCode() >= 500) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException m && m.getNextException() != null && m.getNextException() != t) {
            return m.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    /** One line for the log and the message's last error. */
    static String describe(Throwable failure) {
        StringBuilder line = new StringBuilder(failure.toString());
        for (Throwable t = next(failure); t != null && line.length() < 1000; t = next(t)) {
            line.append(" <- ").append(t);
        }
        return line.length() > 1000 ? line.substring(0, 1000) : line.toString();
    }
}
