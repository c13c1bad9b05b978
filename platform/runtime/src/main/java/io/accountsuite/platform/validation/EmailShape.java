package io.accountsuite.platform.validation;

import java.util.regex.Pattern;

/**
 * What every service accepts as an email address, so a sign-in email and a billing email follow one rule: at most
 * 254 characters, a local part of 1 to 64 characters without spaces, {@code @} or control characters, and a dotted
 * domain of letters, digits and inner hyphens (internationalised names welcome). Deliverability is not checked.
 */
public final class EmailShape {

    private static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile(
            "^[^\\s@\\p{Cntrl}]{1,64}@[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?"
                    + "(?:\\.[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?)+$");

    private EmailShape() {
    }

    /** Whether the (already trimmed) text is an email address by this rule. */
    public static boolean matches(String email) {
        return email != null && email.length() <= MAX_LENGTH && SHAPE.matcher(email).matches();
    }
}
