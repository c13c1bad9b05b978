package io.accountsuite.notification.mail;

import java.util.List;
import java.util.UUID;

import io.accountsuite.notification.verification.Purpose;
import org.jspecify.annotations.Nullable;

/**
 * What one mail says before it is put in words: its kind, the arguments its bundle entries take ({@code {0}},
 * {@code {1}}… formatted for the reader already), and where its button leads: a path on the account page
 * ({@code "/account"}), or a verification link minted when the mail leaves ({@code link} non-null).
 */
public record Letter(Kind kind, List<String> args, @Nullable String actionPath, @Nullable Link link) {

    /** A verification link for {@code purpose} (and the email change {@code requestId}). */
    public record Link(Purpose purpose, @Nullable UUID requestId) {
    }

    public Letter {
        args = List.copyOf(args);
    }

    /** A letter whose button opens the account page at {@code actionPath}. */
    public static Letter of(Kind kind, String actionPath, String... args) {
        return new Letter(kind, List.of(args), actionPath, null);
    }

    /** A letter without a button. */
    public static Letter plain(Kind kind, String... args) {
        return new Letter(kind, List.of(args), null, null);
    }

    /** A letter whose button is a verification link. */
    public static Letter verification(Kind kind, Purpose purpose, @Nullable UUID requestId, String... args) {
        return new Letter(kind, List.of(args), null, new Link(purpose, requestId));
    }
}
