package io.accountsuite.identity.customer;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A sign-in email: trimmed, at most 254 characters, one {@code @}, a dotted domain, no spaces or control
 * characters. Uniqueness is case-insensitive ({@link #key()}).
 */
public final class EmailAddress {

    private static final Pattern SHAPE = Pattern.compile(
            "^[^\\s@\\p{Cntrl}]{1,64}@[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?"
                    + "(?:\\.[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?)+$");

    private EmailAddress() {
    }

    /** The normalised address, or empty when it is not a valid email. */
    public static Optional<String> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String trimmed = raw.strip();
        if (trimmed.length() > 254 || !SHAPE.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        return Optional.of(trimmed);
    }

    public static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
