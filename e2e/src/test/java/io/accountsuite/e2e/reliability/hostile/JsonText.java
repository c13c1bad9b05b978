package io.accountsuite.e2e.reliability.hostile;

import java.util.AbstractMap;
import java.util.List;
import java.util.Map;

/**
 * JSON text as a hostile client writes it, which a JSON library would not: members in a given order with duplicate
 * names ({@link Members}), raw text where a value goes ({@link Raw}, e.g. {@code NaN} or {@code 1e999999}), and every
 * character outside printable ASCII as a {@code \}{@code uXXXX} escape, so a lone surrogate ({@code \}{@code ud800})
 * or a NUL reaches the server as the escape RFC 8259 allows, not as bytes the client's encoder would replace.
 */
public final class JsonText {

    /** An object's members in order, names possibly repeated (RFC 8259 4: names SHOULD be unique). */
    public record Members(List<Map.Entry<String, Object>> entries) {
    }

    /** Text written as it is where a JSON value goes. */
    public record Raw(String text) {
    }

    /** JSON's null where a member must be written (a map entry cannot hold Java's null). */
    public static final Raw NULL = new Raw("null");

    private JsonText() {
    }

    /** The JSON text of {@code value}: a Map, Members, List, String, Number, Boolean, Raw or null. */
    public static String of(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Raw raw) {
            out.append(raw.text());
        } else if (value instanceof String text) {
            string(text, out);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Members members) {
            object(members.entries(), out);
        } else if (value instanceof Map<?, ?> map) {
            object(map.entrySet().stream()
                    .map(e -> (Map.Entry<String, Object>) new AbstractMap.SimpleEntry<String, Object>(
                            String.valueOf(e.getKey()), e.getValue())).toList(), out);
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ",");
                write(list.get(i), out);
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass());
        }
    }

    private static void object(List<Map.Entry<String, Object>> entries, StringBuilder out) {
        out.append('{');
        for (int i = 0; i < entries.size(); i++) {
            out.append(i == 0 ? "" : ",");
            string(entries.get(i).getKey(), out);
            out.append(':');
            write(entries.get(i).getValue(), out);
        }
        out.append('}');
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
