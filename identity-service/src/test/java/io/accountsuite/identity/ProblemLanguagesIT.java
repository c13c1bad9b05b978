package io.accountsuite.identity;

import java.util.List;
import java.util.Map;

import io.accountsuite.identity.IdentityClient.Signed;
import io.accountsuite.platform.problem.ProblemType;
import io.accountsuite.testkit.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static io.accountsuite.identity.IdentityClient.PASSWORD;

/** Problems are written in the language the gateway forwards as Accept-Language; their type never changes. */
@ServiceTest
class ProblemLanguagesIT {

    @Autowired WebTestClient web;

    @Test
    void a_wrong_password_is_refused_in_french_for_a_french_caller_and_in_english_otherwise() {
        Signed ann = new IdentityClient(web).register();

        login(ann.email(), "fr").expectStatus().isUnauthorized().expectBody()
                .jsonPath("$.type").isEqualTo(ProblemType.BASE + "unauthenticated")
                .jsonPath("$.title").isEqualTo("Vous devez vous connecter")
                .jsonPath("$.detail").isEqualTo("E-mail ou mot de passe incorrect");
        login(ann.email(), null).expectStatus().isUnauthorized().expectBody()
                .jsonPath("$.title").isEqualTo("Authentication is required")
                .jsonPath("$.detail").isEqualTo("Wrong email or password");
    }

    @Test
    void the_rules_a_new_password_breaks_are_listed_in_french() {
        Signed ann = new IdentityClient(web).register();

        web.post().uri("/api/account/password").headers(h -> h.setBearerAuth(ann.accessToken()))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "fr").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("currentPassword", PASSWORD, "newPassword", "zq7", "newPasswordConfirmation",
                        "other"))
                .exchange().expectStatus().isBadRequest().expectBody()
                .jsonPath("$.type").isEqualTo(ProblemType.BASE + "validation-failed")
                .jsonPath("$.detail").isEqualTo("Le nouveau mot de passe ne peut pas être utilisé ; voir errors")
                .jsonPath("$.errors[?(@.field == 'newPassword')].message")
                .isEqualTo(List.of("doit compter au moins 12 caractères"))
                .jsonPath("$.errors[?(@.field == 'newPasswordConfirmation')].message")
                .isEqualTo(List.of("ne correspond pas au nouveau mot de passe"));
    }

    private WebTestClient.ResponseSpec login(String email, String language) {
        return web.post().uri("/api/auth/login").headers(h -> {
            if (language != null) {
                h.set(HttpHeaders.ACCEPT_LANGUAGE, language);
            }
        }).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("email", email, "password", "not my password"))
                .exchange();
    }
}
