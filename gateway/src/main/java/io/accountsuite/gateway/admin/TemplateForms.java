package io.accountsuite.gateway.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * The site template editor's form and the body site-service's {@code POST /api/admin/templates} and
 * {@code PUT /api/admin/templates/{id}} take (TemplateController's TemplateForm, plus the contract's {@code active}):
 * {@code {name, description, previewUrl, posts: [{title, body, status}], pages: [{title, body, status}],
 * media: [{name, sizeBytes}], active}}. The blueprint's items are rows of inputs named as the service names them in
 * its problem+json ({@code posts[0].title}); a blank row adds nothing, a row marked "remove" is left out, and the
 * page keeps one blank row a list to add with. Since leaving rows out renumbers the items, {@link Submitted#formField}
 * turns the service's names back into the rows' names.
 */
final class TemplateForms {

    /** The blueprint's lists (their words on the page: {@code admin.template.list.<list>}, {@code …item.<list>}). */
    static final List<String> LISTS = List.of("posts", "pages", "media");

    /** The statuses of a post or page. */
    static final List<String> STATUSES = List.of("published", "draft");

    private static final Pattern ROW = Pattern.compile("(posts|pages|media)\\[(\\d{1,4})](\\..*)?");

    private TemplateForms() {
    }

    /** A submitted template: the body to send, and each sent item's row ({@code posts[0]} → {@code posts[2]}). */
    record Submitted(Map<String, Object> body, Map<String, String> rows) {

        /** The input a field the service names stands for: the item's row, or the field itself. */
        String formField(String field) {
            Matcher row = ROW.matcher(field);
            if (!row.matches()) {
                return field;
            }
            String item = row.group(1) + "[" + row.group(2) + "]";
            return rows.getOrDefault(item, item) + (row.group(3) == null ? "" : row.group(3));
        }

        /** The service's field errors under the inputs' names. */
        Map<String, String> formErrors(Map<String, String> errors) {
            Map<String, String> named = new LinkedHashMap<>();
            errors.forEach((field, message) -> named.putIfAbsent(formField(field), message));
            return named;
        }
    }

    /** The body that saves {@code view} (a template as the admin API writes it) unchanged but for {@code active}. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> body(Map<String, Object> view, boolean active) {
        Map<String, Object> blueprint = view.get("blueprint") instanceof Map<?, ?> b
                ? (Map<String, Object>) b : Map.of();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", view.get("name"));
        body.put("description", view.get("description"));
        body.put("previewUrl", view.get("previewUrl"));
        for (String list : List.of("posts", "pages", "media")) {
            body.put(list, blueprint.getOrDefault(list, List.of()));
        }
        body.put("active", active);
        return body;
    }

    /** Whether a template the admin API wrote is active (a template without the field is). */
    static boolean active(Map<String, Object> view) {
        return !Boolean.FALSE.equals(view.get("active"));
    }

    /** The body for the form as submitted, with {@code active} as the form says. */
    static Submitted edited(MultiValueMap<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        Map<String, String> rows = new LinkedHashMap<>();
        body.put("name", CatalogPages.text(form, "name"));
        body.put("description", CatalogPages.text(form, "description"));
        body.put("previewUrl", CatalogPages.text(form, "previewUrl"));
        for (String list : List.of("posts", "pages", "media")) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (int row : rowsOf(form.keySet(), list)) {
                String prefix = list + "[" + row + "]";
                Map<String, Object> item = "media".equals(list) ? medium(form, prefix) : item(form, prefix);
                if (!form.containsKey(prefix + ".remove") && item.values().stream().anyMatch(v -> v != null)) {
                    rows.put(list + "[" + items.size() + "]", prefix);
                    items.add(item);
                }
            }
            body.put(list, items);
        }
        body.put("active", form.containsKey("active"));
        return new Submitted(body, rows);
    }

    /** A post or page; its status only counts with a title or a body (a blank row's default status adds nothing). */
    private static Map<String, Object> item(MultiValueMap<String, String> form, String prefix) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("title", CatalogPages.text(form, prefix + ".title"));
        String text = form.getFirst(prefix + ".body");
        item.put("body", text == null || text.isBlank() ? null : text);
        if (item.get("title") != null || item.get("body") != null) {
            item.put("status", CatalogPages.text(form, prefix + ".status"));
        }
        return item;
    }

    private static Map<String, Object> medium(MultiValueMap<String, String> form, String prefix) {
        Map<String, Object> medium = new LinkedHashMap<>();
        medium.put("name", CatalogPages.text(form, prefix + ".name"));
        medium.put("sizeBytes", CatalogPages.whole(form, prefix + ".sizeBytes"));
        return medium;
    }

    /** The row numbers a list's inputs carry, in order. */
    private static TreeSet<Integer> rowsOf(Iterable<String> fields, String list) {
        TreeSet<Integer> rows = new TreeSet<>();
        for (String field : fields) {
            Matcher row = ROW.matcher(field);
            if (row.matches() && row.group(1).equals(list)) {
                rows.add(Integer.parseInt(row.group(2)));
            }
        }
        return rows;
    }

    /** The inputs' values for a body: {@code name}, {@code posts[0].title}, {@code media[1].sizeBytes}, … */
    static Map<String, String> fields(Map<String, Object> body) {
        Map<String, String> fields = new LinkedHashMap<>();
        body.forEach((name, value) -> {
            if (value instanceof List<?> items) {
                for (int i = 0; i < items.size(); i++) {
                    if (items.get(i) instanceof Map<?, ?> item) {
                        int row = i;
                        item.forEach((key, inner) -> fields.put(name + "[" + row + "]." + key,
                                CatalogPages.shown(inner)));
                    }
                }
            } else {
                fields.put(name, CatalogPages.shown(value));
            }
        });
        return fields;
    }

    /** The form's values as submitted, to show them again after a refusal. */
    static Map<String, String> fields(MultiValueMap<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>(form.toSingleValueMap());
        fields.put("active", String.valueOf(form.containsKey("active")));
        return fields;
    }

    /** The rows each list shows: one per item the values hold, and a blank one to add with. */
    static Map<String, List<Integer>> rows(Map<String, String> fields) {
        Map<String, List<Integer>> rows = new LinkedHashMap<>();
        for (String list : List.of("posts", "pages", "media")) {
            TreeSet<Integer> filled = new TreeSet<>();
            for (int row : rowsOf(fields.keySet(), list)) {
                String prefix = list + "[" + row + "].";
                boolean blank = fields.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)
                                && !e.getKey().endsWith(".status") && !e.getKey().endsWith(".remove"))
                        .allMatch(e -> e.getValue() == null || e.getValue().isBlank());
                if (!blank) {
                    filled.add(row);
                }
            }
            int count = filled.isEmpty() ? 0 : filled.last() + 1;
            List<Integer> shown = new ArrayList<>();
            for (int row = 0; row <= count; row++) {
                shown.add(row);
            }
            rows.put(list, shown);
        }
        return rows;
    }

    /** How many items each list of a template's blueprint holds ({@code posts}, {@code pages}, {@code media}). */
    static Map<String, Integer> blueprintSize(@Nullable Object blueprint) {
        Map<?, ?> lists = blueprint instanceof Map<?, ?> b ? b : Map.of();
        Map<String, Integer> sizes = new LinkedHashMap<>();
        LISTS.forEach(list -> sizes.put(list, size(lists.get(list))));
        return sizes;
    }

    private static int size(@Nullable Object list) {
        return list instanceof List<?> items ? items.size() : 0;
    }
}
