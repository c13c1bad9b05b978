package io.accountsuite.identity.password;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.accountsuite.platform.problem.Message;
import io.accountsuite.platform.validation.PlainText;

/**
 * What a new password must be: text (no lone surrogate), 12 to 128 characters, not one of the most common
 * passwords, not the account's email. Returns every rule broken, so the page can show them all at once.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private final Set<String> common;

    public PasswordPolicy(Set<String> commonPasswords) {
        this.common = commonPasswords;
    }

    public List<Message> violations(String password, String email) {
        List<Message> broken = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            return List.of(Message.of("identity.password.required"));
        }
        if (!PlainText.isWellFormed(password)) {
            return List.of(Message.of("identity.password.broken-text"));
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            broken.add(Message.of("identity.password.too-short", MIN_LENGTH));
        }
        if (length > MAX_LENGTH) {
            broken.add(Message.of("identity.password.too-long", MAX_LENGTH));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            broken.add(Message.of("identity.password.common"));
        }
        if (email != null && lower.equals(email.strip().toLowerCase(Locale.ROOT))) {
            broken.add(Message.of("identity.password.is-email"));
        }
        return broken;
    }
}
