package io.accountsuite.identity.customer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.accountsuite.platform.values.WireValue;
import org.jspecify.annotations.Nullable;

/**
 * The languages the suite speaks (issue 21), written {@code en} and {@code fr} in the API, events and the database.
 * A customer's language is chosen on their profile, else taken from their sign-up's {@code Accept-Language}.
 */
public enum Language implements WireValue {
    EN, FR;

    private static final List<Locale> SPOKEN = List.of(Locale.ENGLISH, Locale.FRENCH);

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
     * The best match of an {@code Accept-Language} header (RFC 9110 12.5.4, weights and ranges as
     * {@link Locale#lookup} reads them: {@code fr-CA,fr;q=0.9} is French); English when the header is missing,
     * malformed or names neither language.
     */
    public static Language accepted(@Nullable String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return EN;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SPOKEN);
            return match != null && match.getLanguage().equals("fr") ? FR : EN;
        } catch (IllegalArgumentException malformed) {
            return EN;
        }
    }
}
