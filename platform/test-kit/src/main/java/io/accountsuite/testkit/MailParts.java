package io.accountsuite.testkit;

import java.io.IOException;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** Reads a received mail as its reader would: the text of one part, however deep in the multiparts. */
public final class MailParts {

    private MailParts() {
    }

    /**
     * The first part of {@code type} ({@code "text/plain"}, {@code "text/html"}) in mixed, related or alternative
     * multiparts; null when the mail has none.
     */
    public static String first(Part part, String type) {
        try {
            if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    String found = first(child, type);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("a mail part that cannot be read", e);
        }
    }
}
