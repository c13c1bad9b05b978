package io.accountsuite.platform.apidocs;

import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Documents a record component marked {@code @Nullable} (JSpecify, a type-use annotation springdoc does not read),
 * or a map whose values are, as what the service sends: its value or JSON {@code null}. Without it the description promises a string where the
 * answer has {@code "line2": null}.
 */
public final class NullableComponents implements ModelConverter {

    @Override
    public Schema resolve(io.swagger.v3.core.converter.AnnotatedType type, ModelConverterContext context,
                          Iterator<ModelConverter> chain) {
        Schema<?> schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        JavaType java = Json.mapper().constructType(type.getType());
        if (schema == null || java == null || !java.getRawClass().isRecord()) {
            return schema;
        }
        Schema<?> model = schema.get$ref() == null ? schema
                : context.getDefinedModels().get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
        if (model != null && model.getProperties() != null) {
            for (RecordComponent component : java.getRawClass().getRecordComponents()) {
                Schema<?> property = model.getProperties().get(component.getName());
                if (property != null && nullable(component.getAnnotatedType())) {
                    model.getProperties().put(component.getName(), orNull(property));
                } else if (property != null && nullableMapValues(component.getAnnotatedType())
                        && property.getAdditionalProperties() instanceof Schema<?> values) {
                    property.setAdditionalProperties(orNull(values));
                }
            }
        }
        return schema;
    }

    private static boolean nullable(AnnotatedType type) {
        for (var annotation : type.getAnnotations()) {
            if (annotation.annotationType().getSimpleName().equals("Nullable")) {
                return true;
            }
        }
        return false;
    }

    /** {@code Map<String, @Nullable Long>}: a limit written {@code null} when not set. */
    private static boolean nullableMapValues(AnnotatedType type) {
        return type instanceof AnnotatedParameterizedType map && map.getAnnotatedActualTypeArguments().length == 2
                && nullable(map.getAnnotatedActualTypeArguments()[1]);
    }

    private static Schema<?> orNull(Schema<?> property) {
        if (property.get$ref() != null || property.getAllOf() != null || property.getOneOf() != null) {
            return new JsonSchema().anyOf(List.of(property, new JsonSchema().types(Set.of("null"))));
        }
        Set<String> types = new LinkedHashSet<>();
        if (property.getTypes() != null) {
            types.addAll(property.getTypes());
        } else if (property.getType() != null) {
            types.add(property.getType());
        }
        if (!types.isEmpty()) {
            types.add("null");
            property.setTypes(types);
        }
        return property;
    }
}
