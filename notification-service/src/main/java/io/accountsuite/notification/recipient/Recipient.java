package io.accountsuite.notification.recipient;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A customer as mails address them: {@code email} is their sign-in address, {@code language} the language they read
 * ({@code en} or {@code fr}); {@code pendingEmail} is the new address an email change waits on, named by
 * {@code pendingRequest}; {@code verified} says whether {@code email} was proven theirs.
 */
public record Recipient(UUID customerId, String email, String name, String language, @Nullable String pendingEmail,
                        @Nullable UUID pendingRequest, boolean verified) {

    /** The locale mails are written in: French for {@code fr}, English for any other language (issue 21). */
    public Locale locale() {
        return Locale.forLanguageTag(language).getLanguage().equals("fr") ? Locale.FRENCH : Locale.ENGLISH;
    }
}
