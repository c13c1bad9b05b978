package io.accountsuite.platform.language;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The languages people read the suite in: English ({@code en}, the default) and French ({@code fr}), the seed's
 * customers' two languages (issue 21). A language is stored and sent as its ISO 639-1 tag; a regional variant
 * ({@code fr-CA}) reads the language's one bundle.
 */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale FRENCH = Locale.FRENCH;

    /** The supported languages, the default first. */
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, FRENCH);

    private Languages() {
    }

    /**
     * The supported language of this BCP 47 tag ({@code "fr"}, {@code "FR"}, {@code "fr-CA"}), or empty for any other,
     * a malformed one or none.
     */
    public static Optional<Locale> byTag(@Nullable String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip()).getLanguage();
        return SUPPORTED.stream().filter(supported -> supported.getLanguage().equals(language)).findFirst();
    }

    /**
     * The supported language an {@code Accept-Language} header (RFC 9110 section 12.5.4) prefers, by RFC 4647
     * lookup with its quality values ({@code "fr-CA,fr;q=0.9,en;q=0.8"} is French); English when the header is
     * absent, malformed or names none of them.
     */
    public static Locale bestMatch(@Nullable String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return ENGLISH;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return match == null ? ENGLISH : match;
        } catch (IllegalArgumentException malformed) {
            return ENGLISH;
        }
    }
}
