package io.accountsuite.notification.mail;

/** A mail put in words: its subject, its plain-text body and its HTML body (the same words). */
public record Composed(String subject, String text, String html) {

    /** The body's stand-in for a verification token, swapped for a fresh token as the mail leaves. */
    public static final String TOKEN_PLACEHOLDER = "VERIFICATION-TOKEN-MINTED-ON-SENDING";

    /** This mail with the token in place of {@link #TOKEN_PLACEHOLDER}. */
    public Composed withToken(String token) {
        return new Composed(subject, text.replace(TOKEN_PLACEHOLDER, token), html.replace(TOKEN_PLACEHOLDER, token));
    }
}
