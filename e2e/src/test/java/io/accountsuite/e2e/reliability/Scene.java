package io.accountsuite.e2e.reliability;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the matrix's requests are made against: each caller's access token (none for {@link Caller#ANONYMOUS}) and
 * named values ({@code site}, {@code invoice}, {@code ownerEmail}…) that fill the {@code {name}} placeholders of a
 * path or a body. {@code {unique}} fills with a new random word each time, for emails, slugs and names that must
 * not repeat. A row that needs a fresh owner or a resource of its own gets a scene changed by its preparation.
 */
record Scene(Map<Caller, String> tokens, Map<String, String> values) {

    Scene {
        tokens = Map.copyOf(tokens);
        values = Map.copyOf(values);
    }

    static Scene of(Map<Caller, String> tokens, Map<String, String> values) {
        return new Scene(tokens, values);
    }

    /** The caller's bearer token, or null for the anonymous caller. */
    String token(Caller caller) {
        return tokens.get(caller);
    }

    String value(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no value named " + name + " in the scene");
        }
        return value;
    }

    Scene with(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(values);
        changed.put(name, value);
        return new Scene(tokens, changed);
    }

    Scene withToken(Caller caller, String token) {
        Map<Caller, String> changed = new EnumMap<>(Caller.class);
        changed.putAll(tokens);
        changed.put(caller, token);
        return new Scene(changed, values);
    }

    /** The text with every {@code {name}} replaced by its value. */
    String fill(String text) {
        String filled = text;
        while (filled.contains("{unique}")) {
            filled = filled.replaceFirst("\\{unique}", UUID.randomUUID().toString().substring(0, 8));
        }
        for (var value : values.entrySet()) {
            filled = filled.replace("{" + value.getKey() + "}", value.getValue());
        }
        return filled;
    }

    /** A JSON body (maps, lists and scalars) with every text filled as {@link #fill(String)} does. */
    Object fill(Object body) {
        if (body instanceof String text) {
            return fill(text);
        }
        if (body instanceof Map<?, ?> map) {
            Map<Object, Object> filled = new LinkedHashMap<>();
            map.forEach((key, value) -> filled.put(key, fill(value)));
            return filled;
        }
        if (body instanceof List<?> list) {
            return list.stream().map(this::fill).toList();
        }
        return body;
    }
}
