package io.accountsuite.gateway.admin;

import java.util.Map;
import java.util.UUID;

import io.accountsuite.gateway.security.TokenCookies;
import io.accountsuite.testkit.StubBackend;
import io.accountsuite.testkit.StubBackend.Answer;
import io.accountsuite.testkit.TestTokens;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

/** The admin pages as a browser without JavaScript uses them: the admin's session cookie, forms with CSRF. */
final class AdminPages {

    static final UUID ADMIN_ID = UUID.fromString("ad000000-0000-0000-0000-000000000001");
    static final String ADMIN = TestTokens.accessToken(ADMIN_ID, "admin");
    static final String CUSTOMER_ID = "c0000000-0000-0000-0000-000000000001";

    private AdminPages() {
    }

    /** A page opened by a browser: 200 (or whatever {@code status}) and its HTML. */
    static String page(WebTestClient web, String path, int status) {
        return web.get().uri(path).cookie(TokenCookies.ACCESS, ADMIN).accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isEqualTo(status).expectBody(String.class).returnResult().getResponseBody();
    }

    static WebTestClient.ResponseSpec post(WebTestClient web, String path, Map<String, String> fields) {
        var form = new LinkedMultiValueMap<String, String>();
        fields.forEach(form::add);
        form.add("_csrf", "t1");
        return web.post().uri(path).cookie(TokenCookies.ACCESS, ADMIN).cookie("XSRF-TOKEN", "t1")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).accept(MediaType.TEXT_HTML)
                .body(BodyInserters.fromFormData(form)).exchange();
    }

    /** A service in trouble: 503 problem+json, as a service whose database is out of reach answers. */
    static Answer down() {
        return new Answer(503, "{\"status\":503,\"detail\":\"down\"}", Map.of("Content-Type",
                "application/problem+json"));
    }

    /** A refusal as the services write it: problem+json with the given status, detail and field errors. */
    static Answer problem(int status, String type, String detail, String errors) {
        return new Answer(status, "{\"type\":\"https://account-suite.example/problems/" + type + "\",\"status\":"
                + status + ",\"detail\":\"" + detail + "\",\"errors\":[" + errors + "]}",
                Map.of("Content-Type", "application/problem+json"));
    }

    /** The one request {@code stub} received for {@code method path}, its body as sent. */
    static StubBackend.Request only(StubBackend stub, String method, String path) {
        var requests = stub.requests(method, path);
        if (requests.size() != 1) {
            throw new AssertionError("expected one " + method + " " + path + ", got " + requests.size());
        }
        return requests.get(0);
    }
}
