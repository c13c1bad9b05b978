package io.accountsuite.identity.customer;

import java.util.Optional;

import io.accountsuite.platform.language.Languages;
import io.accountsuite.platform.values.WireValue;
import org.jspecify.annotations.Nullable;

/**
 * The languages the suite speaks (issue 21), written {@code en} and {@code fr} in the API, events and the database.
 * A customer's language is chosen on their profile, else taken from their sign-up's {@code Accept-Language}.
 */
public enum Language implements WireValue {
    EN, FR;

    /** The language written exactly {@code value} ({@code en} or {@code fr}, lower case); empty for any other. */
    public static Optional<Language> of(@Nullable String value) {
        for (Language language : values()) {
            if (language.value().equals(value)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /**
     * The best match of an {@code Accept-Language} header ({@link Languages#bestMatch}: {@code fr-CA,fr;q=0.9} is
     * French); English when the header is missing, malformed or names neither language.
     */
    public static Language accepted(@Nullable String acceptLanguage) {
        return Languages.bestMatch(acceptLanguage).equals(Languages.FRENCH) ? FR : EN;
    }
}
