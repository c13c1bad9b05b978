package io.accountsuite.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answers one application's tests stub for another (the gateway's stubs of each backend), kept once under
 * {@code contract-fixtures/<service>/<name>.json} and checked from both sides: the consumer's tests answer with the
 * fixture, the provider's tests assert that their real answer carries every field the fixture uses
 * ({@link #assertCarriesEveryField}). Renaming or dropping a field a consumer reads fails the provider's build.
 */
public final class ContractFixtures {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ContractFixtures() {
    }

    /** The fixture's JSON text, e.g. {@code json("membership/memberships")}. */
    public static String json(String name) {
        String resource = "contract-fixtures/" + name + ".json";
        try (InputStream in = ContractFixtures.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no contract fixture " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(resource, e);
        }
    }

    /**
     * Asserts that {@code actualJson} has every field path of the fixture ({@code plan.total.amount}; elements of an
     * array as {@code addOns[].name}), whatever the values. Extra fields in the answer are fine.
     */
    public static void assertCarriesEveryField(String name, String actualJson) {
        Set<String> used = paths(JSON.readTree(json(name)));
        Set<String> answered = paths(JSON.readTree(actualJson));
        assertThat(answered).as("fields of contract fixture %s missing from the real answer", name)
                .containsAll(used);
    }

    static Set<String> paths(JsonNode node) {
        Set<String> paths = new TreeSet<>();
        collect(node, "", paths);
        return paths;
    }

    private static void collect(JsonNode node, String prefix, Set<String> paths) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String path = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
                paths.add(path);
                collect(field.getValue(), path, paths);
            }
        } else if (node.isArray()) {
            String elements = prefix + "[]";
            node.forEach(element -> collect(element, elements, paths));
        }
    }
}
