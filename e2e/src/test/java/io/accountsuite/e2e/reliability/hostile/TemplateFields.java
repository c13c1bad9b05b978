package io.accountsuite.e2e.reliability.hostile;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.accountsuite.e2e.reliability.hostile.Endpoint.Field;

import static io.accountsuite.e2e.reliability.hostile.Fields.multiLine;
import static io.accountsuite.e2e.reliability.hostile.Fields.text;
import static io.accountsuite.e2e.reliability.hostile.Fields.wholeNumber;
import static io.accountsuite.e2e.reliability.hostile.Fields.word;

/** An admin's template form (site-service {@code TemplateController.TemplateForm}) with its posts, pages and media. */
final class TemplateFields {

    private static final Map<String, Object> POST = Map.of("title", "Hello", "body", "Text", "status", "published");
    private static final Map<String, Object> MEDIUM = Map.of("name", "logo.png", "sizeBytes", 1024);

    private TemplateFields() {
    }

    static Field[] all() {
        List<Field> item = List.of(text("title", "Hello", 200), multiLine("body", "Text", 100_000, false),
                word("status", "published", Set.of("draft", "published"), false));
        List<Field> medium = List.of(text("name", "logo.png", 200),
                wholeNumber("sizeBytes", 1024, 0, 10L * 1024 * 1024 * 1024, true));
        return new Field[] {
                text("name", "Hostile template", 120),
                multiLine("description", "A template", 2000, false),
                Fields.pattern("previewUrl", "https://example.com/preview", "https://\\S+", false),
                Fields.list("posts", List.of(POST), 500, Fields.object("post", POST, item).refused(), false),
                Fields.list("pages", List.of(POST), 500, Fields.object("page", POST, item).refused(), false),
                Fields.list("media", List.of(MEDIUM), 500, Fields.object("medium", MEDIUM, medium).refused(), false)};
    }
}
