package io.accountsuite.e2e.reliability.hostile;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitrary;

/**
 * A write (or read by id) of the public API as the generator sees it: its path with {@code {placeholders}} for the
 * owner's ids, who may call it, whether it reads a JSON body, the body's fields with what each must refuse, and the
 * body a stranger sends with the owner's ids (the owner would have it done: confirmations given).
 *
 * @param baseline the fields' values when they are not the hostile part: each endpoint's baseline is refused on
 *                 its own or harmless (a wrong password, an amount above what was paid, a taken domain), never sent
 *                 alone
 */
public record Endpoint(String method, String path, Audience audience, Body body, List<Field> fields,
                       Map<String, Object> foreignBody) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    /** Who the endpoint is for. */
    public enum Audience {
        /** Anyone, no token (sign-up, sign-in, refresh). */
        PUBLIC,
        /** A signed-in customer acting on their own things. */
        OWNER,
        /** The network admin. */
        ADMIN,
        /** A signed-in session ending itself (sign-out): only a bad token is hostile without ending it. */
        SESSION
    }

    /** Whether the endpoint reads a JSON body. */
    public enum Body { NONE, OPTIONAL, REQUIRED }

    /**
     * A body field: its baseline value, the values it must refuse (of its type, and of other JSON types), and
     * whether leaving it out is refused.
     */
    public record Field(String name, Object baseline, Arbitrary<Object> refused, boolean required) {

        /** The same field, which may be left out. */
        public Field optional() {
            return new Field(name, baseline, refused, false);
        }
    }

    public String name() {
        return method + " " + path;
    }

    /** The placeholders of the path, in order. */
    public List<String> placeholders() {
        return PLACEHOLDER.matcher(path).results().map(m -> m.group(1)).toList();
    }

    /** The path with each placeholder filled from {@code ids}. */
    public String path(Map<String, String> ids) {
        String filled = path;
        for (String placeholder : placeholders()) {
            filled = filled.replace("{" + placeholder + "}", ids.get(placeholder));
        }
        return filled;
    }
}
