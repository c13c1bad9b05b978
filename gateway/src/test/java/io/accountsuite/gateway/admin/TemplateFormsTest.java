package io.accountsuite.gateway.admin;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static io.accountsuite.gateway.admin.ProductFormsTest.form;
import static org.assertj.core.api.Assertions.assertThat;

/** The site template editor's rows → site-service's template body, and its refusals back to the rows. */
class TemplateFormsTest {

    @Test
    void blank_and_removed_rows_are_left_out_and_the_service_s_names_lead_back_to_the_rows() {
        TemplateForms.Submitted submitted = TemplateForms.edited(form("name", " Bakery ", "previewUrl", "",
                "posts[0].title", "Gone", "posts[0].body", "x", "posts[0].remove", "on",
                "posts[1].title", "", "posts[1].body", "", "posts[1].status", "published",
                "posts[2].title", "Hours", "posts[2].body", " 9 to 5 ", "posts[2].status", "draft",
                "media[0].name", "logo.png", "media[0].sizeBytes", "2k", "active", "on"));

        assertThat(submitted.body()).containsEntry("name", "Bakery").containsEntry("description", null)
                .containsEntry("previewUrl", null).containsEntry("pages", List.of()).containsEntry("active", true)
                .containsEntry("posts", List.of(Map.of("title", "Hours", "body", " 9 to 5 ", "status", "draft")))
                .containsEntry("media", List.of(Map.of("name", "logo.png", "sizeBytes", "2k")));
        assertThat(submitted.formErrors(Map.of("posts[0].title", "must not be blank", "media[0].sizeBytes",
                "is missing or has the wrong type", "name", "must not be blank", "posts", "too many")))
                .containsEntry("posts[2].title", "must not be blank")
                .containsEntry("media[0].sizeBytes", "is missing or has the wrong type")
                .containsEntry("name", "must not be blank").containsEntry("posts", "too many");
    }

    @SuppressWarnings("unchecked")
    @Test
    void a_template_as_read_saves_unchanged_and_shows_its_items_with_one_blank_row_a_list() {
        Map<String, Object> view = Map.of("id", "7a000000-0000-4000-8000-00000000000b", "name", "Bakery",
                "description", "", "blueprint", Map.of("posts", List.of(Map.of("title", "Welcome", "body", "Hi",
                        "status", "published")), "pages", List.of(), "media", List.of()));

        Map<String, Object> body = TemplateForms.body(view, TemplateForms.active(view));
        Map<String, String> fields = TemplateForms.fields(body);

        assertThat(body).containsEntry("active", true).containsEntry("previewUrl", null)
                .containsEntry("posts", ((Map<String, Object>) view.get("blueprint")).get("posts"));
        assertThat(TemplateForms.body(view, false)).containsEntry("active", false);
        assertThat(fields).containsEntry("posts[0].title", "Welcome").containsEntry("previewUrl", "");
        assertThat(TemplateForms.rows(fields)).containsEntry("posts", List.of(0, 1))
                .containsEntry("pages", List.of(0)).containsEntry("media", List.of(0));
        assertThat(TemplateForms.blueprintSize(view.get("blueprint"))).containsExactly(Map.entry("posts", 1),
                Map.entry("pages", 0), Map.entry("media", 0));
    }
}
