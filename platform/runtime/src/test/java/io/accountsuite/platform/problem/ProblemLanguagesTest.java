package io.accountsuite.platform.problem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;

import io.accountsuite.platform.validation.SingleLine;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.server.HandlerStrategies;
import org.springframework.web.reactive.function.server.RouterFunctions;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.web.reactive.function.server.RequestPredicates.GET;

/** One problem, answered in the caller's language: English by default and for en, French for fr. */
class ProblemLanguagesTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    record Signup(@Size(min = 2, max = 40) String name, @SingleLine String city) {
    }

    private final WebTestClient client = WebTestClient.bindToRouterFunction(RouterFunctions.route(GET("/signup"),
                    request -> Mono.error(problem())))
            .handlerStrategies(HandlerStrategies.builder()
                    .exceptionHandler(new ProblemWebExceptionHandler(
                            new ProblemResponses(JsonMapper.builder().build())))
                    .localeContextResolver(ProblemMessages.localeContextResolver()).build())
            .build();

    /** A validation problem as a request body's bean validation and a service's own check make it. */
    private static ApiProblem problem() {
        ApiProblem problem = ProblemType.VALIDATION.problem(Message.of("platform.fields-invalid"));
        VALIDATOR.validate(new Signup("x", "Paris\nLyon")).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> problem.field(v.getPropertyPath().toString(), v));
        return problem.field("limit", Message.of("platform.list.limit", 500));
    }

    @Test
    void without_accept_language_or_with_en_or_another_language_the_problem_is_in_english() {
        for (String language : new String[] {null, "en", "en-GB", "de", "de, fr;q=0.1"}) {
            WebTestClient.ResponseSpec answer = client.get().uri("/signup")
                    .headers(h -> {
                        if (language != null) {
                            h.set(HttpHeaders.ACCEPT_LANGUAGE, language);
                        }
                    }).exchange();
            if ("de, fr;q=0.1".equals(language)) {
                answer.expectBody().jsonPath("$.title").isEqualTo("Certains champs de la requête sont invalides");
                continue;
            }
            answer.expectStatus().isBadRequest().expectBody()
                    .jsonPath("$.type").isEqualTo(ProblemType.BASE + "validation-failed")
                    .jsonPath("$.title").isEqualTo("The request has invalid fields")
                    .jsonPath("$.detail").isEqualTo("Some fields are invalid; see errors")
                    .jsonPath("$.errors[0].field").isEqualTo("city")
                    .jsonPath("$.errors[0].message").isEqualTo("must not contain line breaks or control characters")
                    .jsonPath("$.errors[1].field").isEqualTo("name")
                    .jsonPath("$.errors[1].message").isEqualTo("size must be between 2 and 40")
                    .jsonPath("$.errors[2].message").isEqualTo("must be a whole number from 1 to 500");
        }
    }

    @Test
    void with_fr_the_same_problem_is_in_french_its_type_status_and_fields_unchanged() {
        client.get().uri("/signup").header(HttpHeaders.ACCEPT_LANGUAGE, "fr-CA, en;q=0.5").exchange()
                .expectStatus().isBadRequest().expectBody()
                .jsonPath("$.type").isEqualTo(ProblemType.BASE + "validation-failed")
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.title").isEqualTo("Certains champs de la requête sont invalides")
                .jsonPath("$.detail").isEqualTo("Certains champs sont invalides ; voir errors")
                .jsonPath("$.errors[0].field").isEqualTo("city")
                .jsonPath("$.errors[0].message")
                .isEqualTo("ne doit contenir ni saut de ligne ni caractère de contrôle")
                .jsonPath("$.errors[1].field").isEqualTo("name")
                .jsonPath("$.errors[1].message").isEqualTo("la taille doit être comprise entre 2 et 40")
                .jsonPath("$.errors[2].field").isEqualTo("limit")
                .jsonPath("$.errors[2].message").isEqualTo("doit être un nombre entier de 1 à 500");
    }

    @Test
    void a_french_server_still_answers_english_to_an_english_caller() {
        Locale server = Locale.getDefault();
        Locale.setDefault(Locale.FRENCH);
        try {
            client.get().uri("/signup").header(HttpHeaders.ACCEPT_LANGUAGE, "en").exchange().expectBody()
                    .jsonPath("$.title").isEqualTo("The request has invalid fields")
                    .jsonPath("$.errors[1].message").isEqualTo("size must be between 2 and 40");
        } finally {
            Locale.setDefault(server);
        }
    }

    @Test
    void in_process_callers_and_logs_read_the_english_text() {
        ApiProblem problem = problem();

        assertThat(problem.detail()).isEqualTo("Some fields are invalid; see errors");
        assertThat(problem.errors().get(2).message())
                .isEqualTo("must be a whole number from 1 to 500");
    }

    @Test
    void money_and_dates_in_a_detail_take_the_locales_form() {
        ProblemMessages messages = new ProblemMessages(ProblemMessages.bundles("problems/platform"));
        Message due = Message.of("problem.not-found.detail", new Message.Amount(new BigDecimal("30.00"),
                "USD"));

        assertThat(messages.text(due, Locale.ENGLISH)).isEqualTo("$30.00 not found");
        assertThat(messages.text(due, Locale.FRENCH))
                .isEqualTo("30,00\u00a0$US introuvable");
        Message day = Message.of("problem.not-found.detail", LocalDate.of(2027, 1, 1));
        assertThat(messages.text(day, Locale.FRENCH)).isEqualTo("1 janv. 2027 introuvable");
    }
}
