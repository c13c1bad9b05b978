package io.accountsuite.gateway.docs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Merges OpenAPI descriptions into the one of the public API: of each part, only the operations it publishes, tagged
 * with the part's name; component schemas shared where they are the same, and renamed {@code <part>.<Name>} (with
 * every {@code $ref} to them) where two parts define one name differently. The shared parts (security schemes,
 * the problem shape) come from the first part, the gateway's own. Plain data in, plain data out.
 */
final class ApiDescriptionMerge {

    private static final String SCHEMAS = "#/components/schemas/";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * One description and which of its operations are published.
     *
     * @param name      the service's name ({@code billing}), or {@code gateway}
     * @param published answers whether an upper-case method and a documented path are published
     */
    record Part(String name, JsonNode description, BiPredicate<String, String> published) {
    }

    private ApiDescriptionMerge() {
    }

    /**
     * @param title       the merged description's title
     * @param version     the public API's version
     * @param parts       the descriptions read, the gateway's own first
     * @param unavailable the services whose description could not be read ({@code x-unavailable})
     */
    static ObjectNode merge(String title, String version, List<Part> parts, List<String> unavailable) {
        ObjectNode root = NODES.objectNode();
        root.put("openapi", "3.1.0");
        ObjectNode info = root.putObject("info").put("title", title).put("version", version);
        info.put("description", unavailable.isEmpty() ? "Every path the gateway publishes (API.md)."
                : "Every path the gateway publishes (API.md), except those of " + String.join(", ", unavailable)
                + ", whose description could not be read just now.");
        root.putArray("servers").addObject().put("url", "/");
        JsonNode first = parts.isEmpty() ? NODES.objectNode() : parts.get(0).description();
        if (first.has("security")) {
            root.set("security", first.get("security").deepCopy());
        }
        ObjectNode paths = root.putObject("paths");
        ObjectNode components = root.putObject("components");
        if (first.path("components").has("securitySchemes")) {
            components.set("securitySchemes", first.path("components").get("securitySchemes").deepCopy());
        }
        ObjectNode schemas = components.putObject("schemas");
        Map<String, Map<String, String>> renames = renames(parts);
        for (Part part : parts) {
            Map<String, String> renamed = renames.get(part.name());
            part.description().path("components").path("schemas").properties().forEach(schema -> schemas.set(
                    renamed.getOrDefault(schema.getKey(), schema.getKey()), rewrite(schema.getValue(), renamed)));
            addOperations(part, renamed, paths);
        }
        ArrayNode missing = root.putArray("x-unavailable");
        unavailable.forEach(missing::add);
        return root;
    }

    private static void addOperations(Part part, Map<String, String> renamed, ObjectNode paths) {
        part.description().path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            String method = op.getKey().toLowerCase(Locale.ROOT);
            if (METHODS.contains(method) && part.published().test(method.toUpperCase(Locale.ROOT), path.getKey())) {
                ObjectNode operation = (ObjectNode) rewrite(op.getValue(), renamed);
                operation.putArray("tags").add(part.name());
                ObjectNode item = paths.has(path.getKey()) ? (ObjectNode) paths.get(path.getKey())
                        : paths.putObject(path.getKey());
                item.set(method, operation);
            }
        }));
    }

    /** The documented operations, each as {@code METHOD path}. */
    static Set<String> operations(JsonNode merged) {
        Set<String> operations = new TreeSet<>();
        merged.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op ->
                operations.add(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey())));
        return operations;
    }

    /** For each part, the schema names it must rename: those another part defines differently. */
    private static Map<String, Map<String, String>> renames(List<Part> parts) {
        Map<String, List<JsonNode>> definitions = new HashMap<>();
        for (Part part : parts) {
            part.description().path("components").path("schemas").properties().forEach(schema ->
                    definitions.computeIfAbsent(schema.getKey(), name -> new ArrayList<>()).add(schema.getValue()));
        }
        Map<String, Map<String, String>> renames = new LinkedHashMap<>();
        for (Part part : parts) {
            Map<String, String> renamed = new HashMap<>();
            part.description().path("components").path("schemas").properties().forEach(schema -> {
                if (definitions.get(schema.getKey()).stream().distinct().count() > 1) {
                    renamed.put(schema.getKey(), part.name() + "." + schema.getKey());
                }
            });
            renames.put(part.name(), renamed);
        }
        return renames;
    }

    /** A copy of {@code node} whose {@code $ref}s point at the renamed schemas. */
    private static JsonNode rewrite(JsonNode node, Map<String, String> renamed) {
        JsonNode copy = node.deepCopy();
        if (!renamed.isEmpty()) {
            rewriteInPlace(copy, renamed);
        }
        return copy;
    }

    private static void rewriteInPlace(JsonNode node, Map<String, String> renamed) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isString() && ref.asString().startsWith(SCHEMAS)) {
                String name = ref.asString().substring(SCHEMAS.length());
                object.put("$ref", SCHEMAS + renamed.getOrDefault(name, name));
            }
            object.values().forEach(child -> rewriteInPlace(child, renamed));
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> rewriteInPlace(child, renamed));
        }
    }
}
