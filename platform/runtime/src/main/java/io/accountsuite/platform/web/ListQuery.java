package io.accountsuite.platform.web;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.problem.Message;
import io.accountsuite.platform.values.WireValue;
import org.jspecify.annotations.Nullable;

/**
 * The query values of the admin's lists (issue 20's admin API: {@code ?status=&customerId=&limit=}), read from the
 * text the caller sent: a list holds at most {@code limit} items (default {@value #DEFAULT_LIMIT}, 1 to
 * {@value #MAX_LIMIT}); a filter is a word of its enum ({@code status=partially-refunded}), an id or a yes/no. A
 * blank value means "not given". Anything else answers 400 {@code validation-failed} naming the parameter, never a
 * 500 and never an empty list for a typo.
 */
public final class ListQuery {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 500;

    private ListQuery() {
    }

    /** {@code limit}: ASCII digits from 1 to {@value #MAX_LIMIT}; {@value #DEFAULT_LIMIT} when not given. */
    public static int limit(@Nullable String raw) {
        if (blank(raw)) {
            return DEFAULT_LIMIT;
        }
        String text = raw.strip();
        if (!text.matches("[0-9]{1,4}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > MAX_LIMIT) {
            throw ApiProblem.invalid("limit", Message.of("platform.list.limit", MAX_LIMIT));
        }
        return Integer.parseInt(text);
    }

    /** A filter written as one of {@code type}'s words ({@link WireValue}); null when not given. */
    public static <E extends Enum<E> & WireValue> @Nullable E word(Class<E> type, String parameter,
                                                                  @Nullable String raw) {
        if (blank(raw)) {
            return null;
        }
        try {
            return WireValue.of(type, raw.strip());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid(parameter, Message.of("platform.list.one-of", Arrays.stream(
                    type.getEnumConstants()).map(WireValue::value).collect(Collectors.joining(", "))));
        }
    }

    /** A filter that is an id (a UUID); null when not given. */
    public static @Nullable UUID id(String parameter, @Nullable String raw) {
        if (blank(raw)) {
            return null;
        }
        try {
            return UUID.fromString(raw.strip());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid(parameter, Message.of("platform.list.uuid"));
        }
    }

    /** A yes/no filter: {@code true} or {@code false}; false when not given. */
    public static boolean yesNo(String parameter, @Nullable String raw) {
        if (blank(raw)) {
            return false;
        }
        return switch (raw.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiProblem.invalid(parameter, Message.of("platform.list.boolean"));
        };
    }

    private static boolean blank(@Nullable String raw) {
        return raw == null || raw.isBlank();
    }
}
