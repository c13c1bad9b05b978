package io.accountsuite.identity.token;

import io.accountsuite.identity.customer.Language;

/**
 * What a sign-in, a refresh or a password change hands the client: {@code expiresIn} is the access token's lifetime
 * in seconds; {@code language} the customer's ({@code en} or {@code fr}), for the gateway's language cookie.
 */
public record TokenPair(String accessToken, String refreshToken, long expiresIn, String tokenType, String language) {

    public static TokenPair bearer(String accessToken, String refreshToken, long expiresIn, Language language) {
        return new TokenPair(accessToken, refreshToken, expiresIn, "Bearer", language.value());
    }
}
