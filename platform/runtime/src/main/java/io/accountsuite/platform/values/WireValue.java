package io.accountsuite.platform.values;

import java.util.Locale;

/**
 * A status, stage or kind written as a word in the API, in events and in the database: the one way an enum maps to
 * its value and back (STYLE.md, "statuses and stages"). By default the constant's name in lower case with hyphens
 * ({@code ON_HOLD} is {@code "on-hold"}); an enum whose words differ overrides {@link #value()}.
 */
public interface WireValue {

    /** The word the constant is written as. */
    default String value() {
        return ((Enum<?>) this).name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The constant of {@code type} written as {@code value}, in any letter case.
     *
     * @throws IllegalArgumentException naming the type, for any other word (or null)
     */
    static <E extends Enum<E> & WireValue> E of(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.value().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("no " + type.getSimpleName() + " is written " + value);
    }
}
