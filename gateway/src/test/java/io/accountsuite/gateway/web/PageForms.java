package io.accountsuite.gateway.web;

import java.util.Map;

import io.accountsuite.gateway.security.TokenCookies;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

/** Posts an HTML form the way the page does without JavaScript: the session cookie and the CSRF token. */
final class PageForms {

    private PageForms() {
    }

    static WebTestClient.ResponseSpec post(WebTestClient web, String accessToken, String path,
                                           Map<String, String> fields) {
        var form = new LinkedMultiValueMap<String, String>();
        fields.forEach(form::add);
        form.add("_csrf", "t1");
        return web.post().uri(path).cookie(TokenCookies.ACCESS, accessToken).cookie("XSRF-TOKEN", "t1")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData(form)).exchange();
    }
}
