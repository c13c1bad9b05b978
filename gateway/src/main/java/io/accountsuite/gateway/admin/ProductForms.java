package io.accountsuite.gateway.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.util.MultiValueMap;

/**
 * The product editor's tabs and what each sends: membership-service's {@code PUT /api/admin/products/{id}} takes the
 * whole product (CatalogController's ProductForm: {@code type, name, slug, description, currency, price, setupFee,
 * periodDuration, periodUnit, billingCycles, group, active, addOns, limits {diskMb, posts, pages, visitsPerMonth,
 * users, sites, customDomains}, templateMode, templates {templateId: available|not-available|pre-selected},
 * trialDays}}), so a tab sends the current product ({@link #body}, from the service's ProductView) with its own
 * fields as the admin typed them ({@link #edited}). The inputs are named as the service names the fields in its
 * problem+json ({@code limits.posts}, {@code templates[<id>]}), so each refusal lands beside its input.
 */
final class ProductForms {

    /** The product types, as the API writes them. */
    static final List<String> TYPES = List.of("plan", "package", "service");

    /** The tabs, by the key in {@code ?tab=} (titled by {@code admin.product.tab.<key>}). */
    static final List<String> TABS = List.of("general", "limits", "templates", "domains");

    /** The limits, by their name in the API (SPEC.md's site limits; labelled by {@code admin.product.limit.<name>}). */
    static final List<String> LIMITS = List.of("diskMb", "posts", "pages", "visitsPerMonth", "users", "sites");

    /** The billing period's units (the API's words). */
    static final List<String> UNITS = List.of("day", "week", "month", "year", "one-time", "lifetime");

    /** A template's availability to a plan (labelled by {@code admin.product.choice.<choice>}). */
    static final List<String> CHOICES = List.of("available", "not-available", "pre-selected");

    private static final String TEMPLATE_FIELD = "templates[";

    private ProductForms() {
    }

    /** The body that saves {@code view} (a ProductView) unchanged. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> body(Map<String, Object> view) {
        Map<String, Object> price = (Map<String, Object>) view.get("price");
        Map<String, Object> setupFee = (Map<String, Object>) view.get("setupFee");
        Map<String, Object> period = (Map<String, Object>) view.get("billingPeriod");
        Map<String, Object> limits = new LinkedHashMap<>();
        LIMITS.forEach(name -> limits.put(name, ((Map<String, Object>) view.get("limits")).get(name)));
        limits.put("customDomains", view.get("customDomains"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", view.get("type"));
        body.put("name", view.get("name"));
        body.put("slug", view.get("slug"));
        body.put("description", view.get("description"));
        body.put("currency", price.get("currency"));
        body.put("price", CatalogPages.decimal(price.get("amount")));
        body.put("setupFee", setupFee == null ? null : CatalogPages.decimal(setupFee.get("amount")));
        body.put("periodDuration", period.get("duration"));
        body.put("periodUnit", period.get("unit"));
        body.put("billingCycles", view.get("billingCycles"));
        body.put("group", view.get("group"));
        body.put("active", view.get("active"));
        body.put("addOns", view.get("addOns"));
        body.put("limits", limits);
        body.put("templateMode", view.get("templateMode"));
        body.put("templates", view.get("templates"));
        body.put("trialDays", view.get("trialDays"));
        return body;
    }

    /** What a new product of {@code type} starts from: its type alone (the service's defaults do the rest). */
    static Map<String, Object> fresh(String type) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        return body;
    }

    /** {@code current} with the fields of {@code tab} as submitted in {@code form}. */
    static Map<String, Object> edited(Map<String, Object> current, String tab, MultiValueMap<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>(current);
        switch (tab) {
            case "general" -> general(body, form);
            case "limits" -> limits(body).putAll(limitsOf(form));
            case "templates" -> templates(body, form);
            case "domains" -> limits(body).put("customDomains", form.containsKey("limits.customDomains"));
            default -> throw new IllegalArgumentException("no tab " + tab);
        }
        return body;
    }

    private static void general(Map<String, Object> body, MultiValueMap<String, String> form) {
        body.put("name", CatalogPages.text(form, "name"));
        body.put("slug", CatalogPages.text(form, "slug"));
        body.put("description", CatalogPages.text(form, "description"));
        String currency = CatalogPages.text(form, "currency");
        body.put("currency", currency == null ? null : currency.toUpperCase(Locale.ROOT));
        body.put("price", CatalogPages.decimal(form, "price"));
        body.put("setupFee", CatalogPages.decimal(form, "setupFee"));
        body.put("periodDuration", CatalogPages.whole(form, "periodDuration"));
        body.put("periodUnit", CatalogPages.text(form, "periodUnit"));
        body.put("billingCycles", CatalogPages.whole(form, "billingCycles"));
        body.put("group", CatalogPages.text(form, "group"));
        body.put("active", form.containsKey("active"));
        body.put("trialDays", CatalogPages.whole(form, "trialDays"));
    }

    /** Each limit as typed; blank is null (a plan's unlimited, an add-on's "adds nothing"). */
    private static Map<String, Object> limitsOf(MultiValueMap<String, String> form) {
        Map<String, Object> limits = new LinkedHashMap<>();
        LIMITS.forEach(name -> limits.put(name, CatalogPages.whole(form, "limits." + name)));
        return limits;
    }

    /**
     * "Allow site templates" off is the {@code default} mode (a new site starts empty); on, the chosen mode. Each
     * template's choice replaces the current one; templates the form does not name keep theirs.
     */
    private static void templates(Map<String, Object> body, MultiValueMap<String, String> form) {
        String mode = CatalogPages.text(form, "templateMode");
        body.put("templateMode", !form.containsKey("allowTemplates") ? "default"
                : mode == null || "default".equals(mode) ? "choose" : mode);
        Map<String, Object> templates = new LinkedHashMap<>();
        if (body.get("templates") instanceof Map<?, ?> current) {
            current.forEach((id, choice) -> templates.put(String.valueOf(id), choice));
        }
        form.forEach((field, values) -> {
            if (field.startsWith(TEMPLATE_FIELD) && field.endsWith("]") && !values.isEmpty()) {
                templates.put(field.substring(TEMPLATE_FIELD.length(), field.length() - 1), values.get(0));
            }
        });
        body.put("templates", templates);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> limits(Map<String, Object> body) {
        Map<String, Object> limits = body.get("limits") instanceof Map<?, ?> current
                ? new LinkedHashMap<>((Map<String, Object>) current) : new LinkedHashMap<>();
        body.put("limits", limits);
        return limits;
    }

    /**
     * The inputs' values for a body (the current product, or what was submitted): each field by its input's name,
     * as text ({@code limits.posts}, {@code templates[<id>]}; yes/no as {@code true}/{@code false}).
     */
    static Map<String, String> fields(Map<String, Object> body) {
        Map<String, String> fields = new LinkedHashMap<>();
        body.forEach((name, value) -> {
            if (value instanceof Map<?, ?> nested) {
                String format = "templates".equals(name) ? "%s[%s]" : "%s.%s";
                nested.forEach((key, inner) -> fields.put(format.formatted(name, key), CatalogPages.shown(inner)));
            } else if (!(value instanceof List<?>)) {
                fields.put(name, CatalogPages.shown(value));
            }
        });
        return fields;
    }

    /** The input names a tab holds: a refusal of any other field is listed above the form. */
    static boolean onTab(String tab, String field) {
        return switch (tab) {
            case "limits" -> field.startsWith("limits.") && !"limits.customDomains".equals(field);
            case "templates" -> "templateMode".equals(field) || field.startsWith("templates");
            case "domains" -> "limits.customDomains".equals(field);
            default -> !field.startsWith("limits") && !"templateMode".equals(field)
                    && !field.startsWith("templates") && !"addOns".equals(field);
        };
    }

    /** A template's line on the templates tab: its name and the plan's choice for it (none: not available). */
    record TemplateRow(String id, String name, boolean active, String choice) {
    }

    /** Every template the network has, with the choice {@code fields} holds for it. */
    static List<TemplateRow> templateRows(List<Map<String, Object>> templates, Map<String, String> fields) {
        List<TemplateRow> rows = new ArrayList<>();
        for (Map<String, Object> template : templates) {
            String id = String.valueOf(template.get("id"));
            String choice = fields.get(TEMPLATE_FIELD + id + "]");
            rows.add(new TemplateRow(id, String.valueOf(template.get("name")),
                    !Boolean.FALSE.equals(template.get("active")),
                    choice == null || !CHOICES.contains(choice) ? "not-available" : choice));
        }
        return rows;
    }

    /**
     * How many members still hold an inactive product (the page says they keep it, it is no longer sold); 0 when
     * nobody holds it or it is sold.
     */
    static int stillHeld(Map<String, Object> view) {
        int holders = view.get("holders") instanceof Number n ? n.intValue() : 0;
        return Boolean.TRUE.equals(view.get("active")) ? 0 : holders;
    }
}
