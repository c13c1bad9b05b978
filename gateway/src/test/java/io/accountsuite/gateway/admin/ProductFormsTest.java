package io.accountsuite.gateway.admin;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.accountsuite.gateway.language.PageBundles;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Each product tab's form → the whole product membership-service's PUT takes (issue 20's products page). */
class ProductFormsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TEMPLATE = "7a000000-0000-4000-8000-00000000000b";

    @SuppressWarnings("unchecked")
    private static Map<String, Object> view(String type) {
        return JSON.readValue("{\"id\":\"5e0c5a5e-1111-4a4a-8b8b-000000000001\",\"type\":\"" + type + "\",\"name\":"
                + "\"Basic\",\"slug\":\"basic\",\"description\":\"\",\"price\":{\"amount\":\"10.00\",\"currency\":"
                + "\"USD\"},\"setupFee\":{\"amount\":\"0.00\",\"currency\":\"USD\"},\"billingPeriod\":{\"duration\":1,"
                + "\"unit\":\"month\"},\"billingCycles\":0,\"group\":null,\"active\":true,\"addOns\":[\"5e0c5a5e-1111-"
                + "4a4a-8b8b-000000000009\"],\"limits\":{\"diskMb\":500,\"posts\":null,\"pages\":0,\"visitsPerMonth\":null,"
                + "\"users\":null,\"sites\":1},\"customDomains\":true,\"templateMode\":\"choose\",\"templates\":{\""
                + TEMPLATE + "\":\"pre-selected\"},\"trialDays\":7,\"holders\":2}", Map.class);
    }

    /** A form as the browser posts it: names and values in turn. */
    static MultiValueMap<String, String> form(String... namesAndValues) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> limits(Map<String, Object> body) {
        return (Map<String, Object>) body.get("limits");
    }

    @Test
    void the_body_of_a_product_as_read_saves_it_unchanged_in_the_fields_the_service_takes() {
        Map<String, Object> body = ProductForms.body(view("plan"));

        assertThat(body).containsOnlyKeys("type", "name", "slug", "description", "currency", "price", "setupFee",
                "periodDuration", "periodUnit", "billingCycles", "group", "active", "addOns", "limits", "templateMode",
                "templates", "trialDays");
        assertThat(body).containsEntry("currency", "USD").containsEntry("price", new BigDecimal("10.00"))
                .containsEntry("setupFee", new BigDecimal("0.00")).containsEntry("periodDuration", 1)
                .containsEntry("periodUnit", "month").containsEntry("trialDays", 7)
                .containsEntry("addOns", List.of("5e0c5a5e-1111-4a4a-8b8b-000000000009"));
        assertThat(limits(body)).containsEntry("diskMb", 500)
                .containsEntry("posts", null).containsEntry("customDomains", true);
    }

    @Test
    void the_general_tab_changes_only_its_fields_reading_numbers_and_leaving_what_is_no_number_to_the_service() {
        Map<String, Object> current = ProductForms.body(view("plan"));
        Map<String, Object> edited = ProductForms.edited(current, "general", form("name", "  Pro ", "slug", "pro",
                "description", " ", "price", "12,5", "currency", "eur", "setupFee", "", "periodDuration", "3",
                "periodUnit", "month", "billingCycles", "twelve", "trialDays", "0", "group", "main"));

        assertThat(edited).containsEntry("name", "Pro").containsEntry("description", null)
                .containsEntry("price", new BigDecimal("12.5")).containsEntry("currency", "EUR")
                .containsEntry("setupFee", null).containsEntry("periodDuration", 3L)
                .containsEntry("billingCycles", "twelve").containsEntry("group", "main")
                .containsEntry("active", false).containsEntry("trialDays", 0L)
                .containsEntry("limits", current.get("limits")).containsEntry("templates", current.get("templates"));
    }

    @Test
    void the_limits_tab_sends_blank_as_null_and_keeps_the_custom_domains_choice() {
        Map<String, Object> edited = ProductForms.edited(ProductForms.body(view("package")), "limits", form(
                "limits.diskMb", "", "limits.posts", "50", "limits.pages", "0", "limits.visitsPerMonth", "-1"));

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("diskMb", null);
        expected.put("posts", 50L);
        expected.put("pages", 0L);
        expected.put("visitsPerMonth", -1L);
        expected.put("users", null);
        expected.put("sites", null);
        expected.put("customDomains", true);
        assertThat(edited.get("limits")).isEqualTo(expected);
        assertThat(edited).containsEntry("name", "Basic").containsEntry("price", new BigDecimal("10.00"));
    }

    @Test
    void allowing_no_site_templates_is_the_default_mode_and_each_templates_choice_is_replaced() {
        Map<String, Object> current = ProductForms.body(view("plan"));
        String other = "7a000000-0000-4000-8000-00000000000c";

        Map<String, Object> off = ProductForms.edited(current, "templates", form("templateMode", "assign",
                "templates[" + other + "]", "available"));
        Map<String, Object> on = ProductForms.edited(current, "templates", form("allowTemplates", "on",
                "templateMode", "assign", "templates[" + TEMPLATE + "]", "not-available"));
        Map<String, Object> onWithoutMode = ProductForms.edited(current, "templates", form("allowTemplates", "on"));

        assertThat(off).containsEntry("templateMode", "default")
                .containsEntry("templates", Map.of(TEMPLATE, "pre-selected", other, "available"));
        assertThat(on).containsEntry("templateMode", "assign")
                .containsEntry("templates", Map.of(TEMPLATE, "not-available"));
        assertThat(onWithoutMode).containsEntry("templateMode", "choose");
    }

    @Test
    void the_domains_tab_allows_custom_domains_only_while_its_box_is_ticked() {
        Map<String, Object> current = ProductForms.body(view("plan"));
        assertThat(limits(ProductForms.edited(current, "domains", form())))
                .containsEntry("customDomains", false).containsEntry("diskMb", 500);
        assertThat(limits(ProductForms.edited(current, "domains", form("limits.customDomains", "on"))))
                .containsEntry("customDomains", true);
    }

    @Test
    void the_inputs_values_are_named_as_the_service_names_the_fields() {
        Map<String, String> fields = ProductForms.fields(ProductForms.body(view("plan")));

        assertThat(fields).containsEntry("price", "10.00").containsEntry("limits.diskMb", "500")
                .containsEntry("limits.posts", "").containsEntry("limits.customDomains", "true")
                .containsEntry("templates[" + TEMPLATE + "]", "pre-selected").containsEntry("active", "true")
                .doesNotContainKey("addOns");
        assertThat(ProductForms.onTab("limits", "limits.posts")).isTrue();
        assertThat(ProductForms.onTab("limits", "limits.customDomains")).isFalse();
        assertThat(ProductForms.onTab("general", "templates[" + TEMPLATE + "]")).isFalse();
        assertThat(ProductForms.onTab("templates", "templates[" + TEMPLATE + "]")).isTrue();
    }

    @Test
    void an_inactive_product_members_hold_says_how_many_keep_it() {
        Map<String, Object> view = new LinkedHashMap<>(view("plan"));
        assertThat(ProductForms.stillHeld(view)).isZero();
        view.put("active", false);
        assertThat(ProductForms.stillHeld(view)).isEqualTo(2);
        view.put("holders", 1);
        assertThat(ProductForms.stillHeld(view)).isEqualTo(1);
        view.put("holders", 0);
        assertThat(ProductForms.stillHeld(view)).isZero();
    }

    @Test
    void the_holders_notice_counts_members_in_each_language() {
        var messages = PageBundles.messages();
        assertThat(messages.getMessage("admin.product.holders", new Object[] {2, "plan"}, Locale.ENGLISH))
                .isEqualTo("2 members still hold this plan; they keep it, it is no longer sold.");
        assertThat(messages.getMessage("admin.product.holders", new Object[] {1, "plan"}, Locale.ENGLISH))
                .isEqualTo("1 member still holds this plan; they keep it, it is no longer sold.");
        assertThat(messages.getMessage("admin.product.holders", new Object[] {3, "forfait"}, Locale.FRENCH))
                .isEqualTo("3 abonnés détiennent encore ce forfait ; ils le gardent, il n’est plus vendu.");
    }
}
