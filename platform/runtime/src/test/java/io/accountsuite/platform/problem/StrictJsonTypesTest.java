package io.accountsuite.platform.problem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrictJsonTypesTest {

    record Deletion(Boolean confirm, boolean announce, String name, Integer attempts, int times) {
    }

    private final JsonMapper json = StrictJsonTypes.apply(JsonMapper.builder()).build();

    @Test
    void values_of_the_declared_types_are_read_and_numbers_as_strings_too() {
        Deletion read = json.readValue(
                "{\"confirm\":true,\"announce\":false,\"name\":\"Ann\",\"attempts\":\"3\",\"times\":2}", Deletion.class);

        assertThat(read).isEqualTo(new Deletion(true, false, "Ann", 3, 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"confirm\":1}", "{\"confirm\":\"true\"}", "{\"confirm\":\"TRUE\"}", "{\"announce\":1}",
            "{\"confirm\":1.0}", "{\"name\":1}", "{\"name\":true}", "{\"name\":1.5}", "{\"attempts\":1.9}",
            "{\"times\":1.9}"})
    void a_value_that_would_have_to_be_guessed_is_refused(String body) {
        assertThatThrownBy(() -> json.readValue(body, Deletion.class)).isInstanceOf(JacksonException.class);
    }
}
