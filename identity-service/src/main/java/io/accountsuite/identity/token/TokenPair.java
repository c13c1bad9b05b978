package io.accountsuite.identity.token;

/** What a sign-in, a refresh or a password change hands the client. */
public record TokenPair(String accessToken, String refreshToken, long expiresIn, String tokenType) {

    public static TokenPair bearer(String accessToken, String refreshToken, long expiresIn) {
        return new TokenPair(accessToken, refreshToken, expiresIn, "Bearer");
    }
}
