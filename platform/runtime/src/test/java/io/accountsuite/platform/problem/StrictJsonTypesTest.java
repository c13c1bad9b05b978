package io.accountsuite.platform.problem;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

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

    /** Every field, valid: the body each refused case below changes in one field. */
    private static final Map<String, String> VALID = new LinkedHashMap<>(Map.of("confirm", "true", "announce",
            "false", "name", "\"Ann\"", "attempts", "\"3\"", "times", "2"));

    @Test
    void values_of_the_declared_types_are_read_and_numbers_as_strings_too() {
        Deletion read = json.readValue(
                "{\"confirm\":true,\"announce\":false,\"name\":\"Ann\",\"attempts\":\"3\",\"times\":2}", Deletion.class);

        assertThat(read).isEqualTo(new Deletion(true, false, "Ann", 3, 2));
    }

    /**
     * Each case is one field of the otherwise valid body above ({@code field=json}), so the value judged is the only
     * reason a refusal can have.
     */
    @ParameterizedTest
    @ValueSource(strings = {"confirm=1", "confirm=\"true\"", "confirm=\"TRUE\"", "confirm=\"\"", "announce=1",
            "confirm=1.0", "name=1", "name=true", "name=1.5", "attempts=1.9", "times=1.9",
            // found by the generated hostile input: other scripts' digits were read as numbers
            "attempts=\"\\u0661\\u0662\"", "times=\"\\uff11\\uff12\"", "attempts=\"\\u0663\""})
    void a_value_that_would_have_to_be_guessed_is_refused(String fieldAndValue) {
        int equals = fieldAndValue.indexOf('=');
        Map<String, String> body = new LinkedHashMap<>(VALID);
        body.put(fieldAndValue.substring(0, equals), fieldAndValue.substring(equals + 1));
        String text = body.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));

        assertThatThrownBy(() -> json.readValue(text, Deletion.class)).isInstanceOf(JacksonException.class);
    }
}
