package io.accountsuite.platform.problem;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;

/**
 * A number sent as a string ({@code "12"}, as HTML forms send numbers) is read only when written the way JSON
 * writes numbers, in ASCII: Java's number parsers also take the digits of other scripts, so {@code "١٢"} (Arabic-Indic)
 * or {@code "１２"} (full-width) would quietly become 12. Such a value answers 400 {@code malformed-request} naming
 * the field, like any other value of the wrong shape ({@link StrictJsonTypes}).
 */
final class AsciiNumberStrings extends ValueDeserializerModifier {

    @Override
    public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier description,
                                                   ValueDeserializer<?> deserializer) {
        Class<?> type = description.getBeanClass();
        boolean number = Number.class.isAssignableFrom(type)
                || type.isPrimitive() && type != boolean.class && type != char.class && type != void.class;
        return number ? new Checked(deserializer) : deserializer;
    }

    /** The number's own deserializer, behind a look at the string it is given. */
    private static final class Checked extends DelegatingDeserializer {

        Checked(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Checked(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.hasToken(JsonToken.VALUE_STRING) && !parser.getString().chars().allMatch(c -> c < 0x80)) {
                return context.handleWeirdStringValue(handledType(), parser.getString(),
                        "a number is written with ASCII digits");
            }
            return super.deserialize(parser, context);
        }
    }
}
