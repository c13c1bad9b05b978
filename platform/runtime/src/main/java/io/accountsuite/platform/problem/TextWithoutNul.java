package io.accountsuite.platform.problem;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses a JSON string holding the NUL character wherever a request body is read into text. PostgreSQL cannot
 * store NUL in text at all, so without this a stray {@code \u0000} in any field became a server error at the
 * database instead of a 400 naming the field.
 */
public final class TextWithoutNul extends StringDeserializer {

    static final String REFUSAL = "contains the NUL character";

    /** The module every application's JSON mapper registers. */
    public static SimpleModule module() {
        return new SimpleModule("text-without-nul").addDeserializer(String.class, new TextWithoutNul());
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        String text = super.deserialize(parser, context);
        if (text != null && text.indexOf('\0') >= 0) {
            throw context.weirdStringException("(withheld)", String.class, REFUSAL);
        }
        return text;
    }
}
