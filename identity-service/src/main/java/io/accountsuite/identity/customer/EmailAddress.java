package io.accountsuite.identity.customer;

import java.util.Locale;
import java.util.Optional;

import io.accountsuite.platform.validation.EmailShape;

/**
 * A sign-in email: trimmed, and of the suite's one email shape ({@link EmailShape}). Uniqueness is
 * case-insensitive ({@link #key()}).
 */
public final class EmailAddress {

    private EmailAddress() {
    }

    /** The normalised address, or empty when it is not a valid email. */
    public static Optional<String> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String trimmed = raw.strip();
        if (!EmailShape.matches(trimmed)) {
            return Optional.empty();
        }
        return Optional.of(trimmed);
    }

    public static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
