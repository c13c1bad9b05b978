package io.accountsuite.membership.memberships;

import java.security.SecureRandom;

/** Membership references: 10 characters from A–Z and 0–9, unique (enforced by the database). */
public final class References {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private References() {
    }

    public static String next() {
        StringBuilder reference = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            reference.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return reference.toString();
    }
}
