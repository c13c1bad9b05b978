package io.accountsuite.gateway.admin;

import java.util.Map;
import java.util.UUID;

import io.accountsuite.gateway.GatewayTest;
import io.accountsuite.gateway.GatewayTestBackends;
import io.accountsuite.gateway.backend.Backends;
import io.accountsuite.gateway.security.TokenCookies;
import io.accountsuite.testkit.StubBackend.Answer;
import io.accountsuite.testkit.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static io.accountsuite.gateway.GatewayTestBackends.SITE;
import static io.accountsuite.gateway.admin.ProductPagesIT.ADMIN;
import static io.accountsuite.gateway.admin.ProductPagesIT.CSRF;
import static io.accountsuite.gateway.admin.ProductPagesIT.form;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin's site templates pages (issue 20): the list, the editor with its content blueprint, the exact body each
 * save sends to site-service's {@code /api/admin/templates}, deactivation, refusals beside their rows, 404 and 503.
 */
@GatewayTest
class TemplatePagesIT {

    static final String ID = "7a000000-0000-4000-8000-00000000000b";
    static final String PATH = "/api/admin/templates/" + ID;
    static final String BLUEPRINT = "{\"posts\":[{\"title\":\"Welcome\",\"body\":\"Fresh bread\",\"status\":\"published\"},"
            + "{\"title\":\"Old news\",\"body\":\"Gone\",\"status\":\"draft\"}],\"pages\":[{\"title\":\"About\",\"body\":"
            + "\"Us\",\"status\":\"published\"}],\"media\":[{\"name\":\"logo.png\",\"sizeBytes\":2048}]}";
    /** A template as site-service's admin API writes it, with the contract's {@code active}. */
    static final String BAKERY = "{\"id\":\"" + ID + "\",\"name\":\"Bakery\",\"description\":\"A bakery\","
            + "\"previewUrl\":\"https://preview.example/bakery\",\"blueprint\":" + BLUEPRINT + ",\"active\":true}";

    @Autowired WebTestClient web;
    @Autowired Backends backends;

    @BeforeEach
    void templates() {
        GatewayTestBackends.resetAll();
        backends.resetBreakers();
        SITE.answer("GET", "/api/admin/templates", Answer.json(200, "[" + BAKERY + ",{\"id\":\"" + UUID.randomUUID()
                + "\",\"name\":\"Studio\",\"description\":\"\",\"previewUrl\":null,\"blueprint\":{\"posts\":[],"
                + "\"pages\":[],\"media\":[]},\"active\":false}]"));
        SITE.answer("GET", PATH, Answer.json(200, BAKERY));
        SITE.answer("PUT", PATH, Answer.json(200, BAKERY));
    }

    @AfterEach
    void closeBreakers() {
        backends.resetBreakers();
    }

    @Test
    void a_customer_gets_403_and_a_visitor_is_sent_to_sign_in() {
        for (String page : new String[] {"/admin/templates", "/admin/templates/new", "/admin/templates/" + ID}) {
            web.get().uri(page).exchange().expectStatus().is3xxRedirection().expectHeader().location("/login");
            web.get().uri(page).cookie(TokenCookies.ACCESS, TestTokens.accessToken(UUID.randomUUID())).exchange()
                    .expectStatus().isForbidden();
        }
        assertThat(SITE.requests()).isEmpty();
    }

    @Test
    void the_list_shows_each_template_with_its_content_and_a_deactivate_button_while_it_is_offered() {
        String html = body("/admin/templates");

        assertThat(html).contains("href=\"/admin/templates/" + ID + "\">Bakery</a>")
                .contains("2 posts, 1 page, 1 file").contains("0 posts, 0 pages, 0 files").contains("<td>No</td>")
                .contains("action=\"/admin/templates/" + ID + "/deactivation\"").contains("class=\"scroll\"");
        assertThat(html.split("/deactivation\"")).hasSize(2);
    }

    @Test
    void the_editor_shows_the_blueprint_and_saves_it_as_the_rows_say() {
        String html = body("/admin/templates/" + ID);
        assertThat(html).contains("value=\"Bakery\"").contains("value=\"https://preview.example/bakery\"")
                .containsPattern("id=\"posts\\[1]\\.title\" name=\"posts\\[1]\\.title\" type=\"text\"\\s+value=\"Old news\"")
                .contains("<legend>New post</legend>").contains("name=\"posts[2].title\"")
                .contains("<label for=\"media[0].sizeBytes\">Size (bytes)</label>")
                .containsPattern("name=\"active\"[^>]*checked").contains("id=\"deactivate-form\"");
        assertThat(html.substring(html.indexOf("id=\"template-form\""))).contains("name=\"_csrf\"");

        save("/admin/templates/" + ID, form("name", "Bakery", "description", "A bakery", "previewUrl",
                "https://preview.example/bakery", "active", "on",
                "posts[0].title", "Welcome", "posts[0].body", "Fresh bread", "posts[0].status", "published",
                "posts[1].title", "Old news", "posts[1].body", "Gone", "posts[1].status", "draft", "posts[1].remove", "on",
                "posts[2].title", "Hours", "posts[2].body", "9 to 5", "posts[2].status", "draft",
                "pages[0].title", "About", "pages[0].body", "Us", "pages[0].status", "published",
                "pages[1].title", "", "pages[1].body", "", "pages[1].status", "published",
                "media[0].name", "logo.png", "media[0].sizeBytes", "2048", "media[1].name", "", "media[1].sizeBytes", ""))
                .expectStatus().isSeeOther().expectHeader().location("/admin/templates/" + ID + "?saved");

        assertThat(SITE.requests("PUT", PATH).get(0).body()).isEqualTo("{\"name\":\"Bakery\",\"description\":"
                + "\"A bakery\",\"previewUrl\":\"https://preview.example/bakery\",\"posts\":[{\"title\":\"Welcome\","
                + "\"body\":\"Fresh bread\",\"status\":\"published\"},{\"title\":\"Hours\",\"body\":\"9 to 5\","
                + "\"status\":\"draft\"}],\"pages\":[{\"title\":\"About\",\"body\":\"Us\",\"status\":\"published\"}],"
                + "\"media\":[{\"name\":\"logo.png\",\"sizeBytes\":2048}],\"active\":true}");
    }

    @Test
    void a_refusal_of_an_item_is_shown_beside_the_row_it_came_from() {
        SITE.answer("PUT", PATH, new Answer(400, "{\"status\":400,\"detail\":\"Some fields are invalid; see errors\","
                + "\"errors\":[{\"field\":\"posts[1].title\",\"message\":\"must not be blank\"},{\"field\":"
                + "\"previewUrl\",\"message\":\"must match \\\"https://\\\\S+\\\"\"}]}",
                Map.of("Content-Type", "application/problem+json")));

        String html = save("/admin/templates/" + ID, form("name", "Bakery", "previewUrl", "http://x", "active", "on",
                "posts[0].title", "Welcome", "posts[0].body", "Fresh bread", "posts[0].status", "published",
                "posts[1].title", "", "posts[1].body", "", "posts[1].status", "published",
                "posts[2].title", "", "posts[2].body", "Untitled text", "posts[2].status", "draft"))
                .expectStatus().isBadRequest().expectBody(String.class).returnResult().getResponseBody();

        assertThat(SITE.requests("PUT", PATH).get(0).body()).contains("\"posts\":[{\"title\":\"Welcome\","
                + "\"body\":\"Fresh bread\",\"status\":\"published\"},{\"title\":null,\"body\":\"Untitled text\","
                + "\"status\":\"draft\"}]");
        assertThat(html).containsPattern("id=\"f-posts\\[2]\\.title-error\"[^>]*>must not be blank<")
                .containsPattern("name=\"posts\\[2]\\.title\"[^>]*aria-invalid=\"true\"")
                .contains(">Untitled text</textarea>").contains("value=\"http://x\"")
                .containsPattern("id=\"f-previewUrl-error\"[^>]*>must match");
    }

    @Test
    void a_new_template_is_created_and_opened() {
        assertThat(body("/admin/templates/new")).contains("<h1>New site template</h1>")
                .contains("action=\"/admin/templates\"").contains("<legend>New page</legend>")
                .doesNotContain("id=\"deactivate-form\"");
        String created = UUID.randomUUID().toString();
        SITE.answer("POST", "/api/admin/templates", Answer.json(201, BAKERY.replace(ID, created)));

        save("/admin/templates", form("name", "Studio", "description", "", "previewUrl", "", "active", "on",
                "posts[0].title", "Hello", "posts[0].body", "First post", "posts[0].status", "published",
                "pages[0].title", "", "pages[0].body", "", "pages[0].status", "published",
                "media[0].name", "", "media[0].sizeBytes", ""))
                .expectStatus().isSeeOther().expectHeader().location("/admin/templates/" + created + "?created");
        assertThat(SITE.requests("POST", "/api/admin/templates").get(0).body()).isEqualTo("{\"name\":\"Studio\","
                + "\"description\":null,\"previewUrl\":null,\"posts\":[{\"title\":\"Hello\",\"body\":\"First post\","
                + "\"status\":\"published\"}],\"pages\":[],\"media\":[],\"active\":true}");
    }

    @Test
    void deactivating_saves_the_template_as_it_is_but_no_longer_active() {
        save("/admin/templates/" + ID + "/deactivation", Map.of()).expectStatus().isSeeOther()
                .expectHeader().location("/admin/templates?deactivated");

        assertThat(SITE.requests("PUT", PATH).get(0).body()).isEqualTo("{\"name\":\"Bakery\",\"description\":"
                + "\"A bakery\",\"previewUrl\":\"https://preview.example/bakery\"," + BLUEPRINT.substring(1,
                BLUEPRINT.length() - 1) + ",\"active\":false}");
        assertThat(body("/admin/templates?deactivated")).contains("The template is deactivated");
    }

    @Test
    void an_unknown_template_is_404_and_a_site_service_that_does_not_answer_is_503() {
        page("/admin/templates/not-an-id").expectStatus().isNotFound();
        page("/admin/templates/" + UUID.randomUUID()).expectStatus().isNotFound().expectBody(String.class)
                .value(html -> assertThat(html).contains("There is no such template."));
        save("/admin/templates/" + UUID.randomUUID() + "/deactivation", Map.of()).expectStatus().isNotFound();

        SITE.answer("GET", "/api/admin/templates", Answer.json(503, "{}"));
        SITE.answer("GET", PATH, Answer.json(500, "{}"));
        page("/admin/templates").expectStatus().isEqualTo(503).expectBody(String.class)
                .value(html -> assertThat(html).contains("temporarily unavailable"));
        page("/admin/templates/" + ID).expectStatus().isEqualTo(503).expectBody(String.class)
                .value(html -> assertThat(html).contains("temporarily unavailable")
                        .doesNotContain("id=\"template-form\""));
        SITE.answer("PUT", PATH, Answer.json(502, "{}"));
        save("/admin/templates/" + ID, form("name", "Bakery")).expectStatus().isEqualTo(503)
                .expectBody(String.class).value(html -> assertThat(html).contains("value=\"Bakery\""));
    }

    private WebTestClient.ResponseSpec page(String uri) {
        return web.get().uri(uri).cookie(TokenCookies.ACCESS, ADMIN).exchange();
    }

    private String body(String uri) {
        return page(uri).expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec save(String uri, Map<String, String> fields) {
        var form = BodyInserters.fromFormData("_csrf", CSRF);
        fields.forEach(form::with);
        return web.post().uri(uri).cookie(TokenCookies.ACCESS, ADMIN).cookie("XSRF-TOKEN", CSRF)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).exchange();
    }
}
