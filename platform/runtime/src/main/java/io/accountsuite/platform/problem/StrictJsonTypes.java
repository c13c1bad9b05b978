package io.accountsuite.platform.problem;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * A JSON value must have the type its field declares where a guess would change the meaning (OWASP ASVS v5 2.2.1):
 * a yes/no field takes only {@code true} or {@code false} (not {@code 1} or {@code "true"}: the confirmation of an
 * irreversible deletion must be a real yes), a text field takes only a string (not {@code 1} or {@code true}), and a
 * whole number is not cut from {@code 1.9}. Such a value answers 400 {@code malformed-request} naming the field.
 * Numbers sent as strings ({@code "2"}, as HTML forms send them) are still read, in ASCII digits only
 * ({@link AsciiNumberStrings}); an empty string is no yes/no.
 */
public final class StrictJsonTypes implements JsonMapperBuilderCustomizer {

    @Override
    public void customize(JsonMapper.Builder builder) {
        apply(builder);
    }

    /** Applies the rules to {@code builder}; answers it. */
    public static JsonMapper.Builder apply(JsonMapper.Builder builder) {
        return builder
                .withCoercionConfig(LogicalType.Boolean, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .addModule(new SimpleModule("ascii-number-strings").setDeserializerModifier(new AsciiNumberStrings()));
    }
}
