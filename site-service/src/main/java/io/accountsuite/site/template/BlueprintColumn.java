package io.accountsuite.site.template;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.r2dbc.convert.R2dbcCustomConversions;
import org.springframework.data.r2dbc.dialect.DialectResolver;
import org.springframework.r2dbc.core.DatabaseClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * How site-service's rows map to records beyond the column types R2DBC knows: a template's blueprint is JSON text in
 * {@code templates.blueprint}, read into a {@link Blueprint} by {@code R2dbcEntityTemplate}.
 */
@Configuration(proxyBeanMethods = false)
class BlueprintColumn {

    @Bean
    R2dbcCustomConversions r2dbcCustomConversions(DatabaseClient db, JsonMapper json) {
        return R2dbcCustomConversions.of(DialectResolver.getDialect(db.getConnectionFactory()),
                List.of(new JsonToBlueprint(json)));
    }

    @ReadingConverter
    @RequiredArgsConstructor
    static class JsonToBlueprint implements Converter<String, Blueprint> {

        private final JsonMapper json;

        @Override
        public Blueprint convert(String column) {
            return json.readValue(column, Blueprint.class);
        }
    }
}
