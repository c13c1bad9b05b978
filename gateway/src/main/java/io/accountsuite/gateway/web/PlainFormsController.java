package io.accountsuite.gateway.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

import io.accountsuite.gateway.backend.BillingClient;
import io.accountsuite.gateway.backend.IdentityClient;
import io.accountsuite.gateway.composition.CompositionProperties;
import io.accountsuite.gateway.security.PasswordChange;
import io.accountsuite.platform.problem.ApiProblem;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The basic forms without JavaScript: the billing address, the password and the email as plain pages with HTML form
 * posts. The account page's Update, Change password and Change email links lead here; with JavaScript they open the
 * same fields in a dialog instead. A refusal re-renders the form with each service message next to its field. The
 * gateway's own words (headings, buttons, its messages) are the {@code account} bundle's in the request's language.
 */
@Controller
@RequiredArgsConstructor
class PlainFormsController {

    private final BillingClient billing;
    private final IdentityClient identity;
    private final CompositionProperties properties;
    private final PasswordChange passwords;
    private final MessageSource messages;
    private final JsonMapper json;

    @GetMapping("/account/billing-address")
    Mono<String> addressForm(@AuthenticationPrincipal Jwt caller, Locale locale, Model model) {
        return billing.address(caller.getTokenValue(), properties.blockTimeout())
                .doOnNext(address -> {
                    model.addAttribute("a", address.isOk() ? address.data() : null);
                    if ("unavailable".equals(address.status())) {
                        model.addAttribute("formError", words("account.address.unavailable", locale));
                    }
                })
                .thenReturn(addressPage(model, locale));
    }

    @PostMapping("/account/billing-address")
    Mono<String> saveAddress(@AuthenticationPrincipal Jwt caller, ServerWebExchange exchange, Model model) {
        return submit(exchange, model, FormField.ADDRESS, address -> billing.saveAddress(caller.getTokenValue(),
                address), "address", this::addressPage);
    }

    @GetMapping("/account/password")
    String passwordForm(Locale locale, Model model) {
        return passwordPage(model, locale);
    }

    @PostMapping("/account/password")
    Mono<String> changePassword(@AuthenticationPrincipal Jwt caller, ServerWebExchange exchange, Model model) {
        return submit(exchange, model, FormField.PASSWORD, change -> passwords.change(exchange,
                caller.getTokenValue(), change, true), "password", this::passwordPage);
    }

    @GetMapping("/account/email")
    String emailForm(Locale locale, Model model) {
        return emailPage(model, locale);
    }

    /** The change waits for the link mailed to the new address: the account page then says so. */
    @PostMapping("/account/email")
    Mono<String> changeEmail(@AuthenticationPrincipal Jwt caller, ServerWebExchange exchange, Model model) {
        return submit(exchange, model, FormField.EMAIL, change -> identity.changeEmail(caller.getTokenValue(), change),
                "email", this::emailPage);
    }

    private String addressPage(Model model, Locale locale) {
        return plainForm(model, locale, "account.address.title", "/account/billing-address", "address",
                "account.address.save");
    }

    private String passwordPage(Model model, Locale locale) {
        return plainForm(model, locale, "account.profile.change-password", "/account/password", "password",
                "account.profile.change-password");
    }

    private String emailPage(Model model, Locale locale) {
        return plainForm(model, locale, "account.profile.change-email", "/account/email", "email",
                "account.profile.change-email");
    }

    /** The plain form's page: its heading and button are the named bundle entries in {@code locale}'s language. */
    private String plainForm(Model model, Locale locale, String heading, String action, String fields,
                             String submit) {
        model.addAttribute("heading", words(heading, locale));
        model.addAttribute("action", action);
        model.addAttribute("fields", fields);
        model.addAttribute("submit", words(submit, locale));
        return "plain-form";
    }

    private String words(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    /**
     * Sends the form's {@code fields} to the service with {@code call}: on success back to the account page, which
     * says what was {@code saved}; on a refusal or a service that does not answer, the form ({@code view}) again
     * with what was typed (never a password) and the service's words.
     */
    private Mono<String> submit(ServerWebExchange exchange, Model model, List<FormField> fields,
                                Function<Map<String, String>, Mono<ResponseEntity<byte[]>>> call, String saved,
                                BiFunction<Model, Locale, String> view) {
        Locale language = Objects.requireNonNullElse(exchange.getLocaleContext().getLocale(), Locale.ENGLISH);
        return exchange.getFormData().flatMap(form -> {
            Map<String, String> submitted = filled(form, fields);
            return call.apply(submitted)
                    .map(answer -> answer.getStatusCode().is2xxSuccessful() ? "redirect:/account?saved=" + saved
                            : refused(exchange, model, answer, view.apply(model, language), submitted, language))
                    .onErrorResume(ApiProblem.class, e -> Mono.just(unavailable(exchange, model, e,
                            view.apply(model, language), submitted)));
        });
    }

    private String refused(ServerWebExchange exchange, Model model, ResponseEntity<byte[]> answer, String view,
                           Map<String, String> submitted, Locale locale) {
        FormAnswer problem = FormAnswer.of(answer, json, locale);
        exchange.getResponse().setStatusCode(answer.getStatusCode().is4xxClientError() ? answer.getStatusCode()
                : HttpStatus.SERVICE_UNAVAILABLE);
        model.addAttribute("a", submitted);
        model.addAttribute("errors", problem.errors());
        model.addAttribute("formError", problem.formError());
        return view;
    }

    /** The service did not answer: the form comes back as it was, saying so. */
    private static String unavailable(ServerWebExchange exchange, Model model, ApiProblem problem, String view,
                                      Map<String, String> submitted) {
        exchange.getResponse().setStatusCode(problem.type().status());
        model.addAttribute("a", submitted);
        model.addAttribute("formError", problem.detail());
        return view;
    }

    /** The named fields that were filled in, trimmed; blank ones are left out, as the page's script does. */
    private static Map<String, String> filled(MultiValueMap<String, String> form, List<FormField> fields) {
        Map<String, String> values = new LinkedHashMap<>();
        for (FormField field : fields) {
            String value = form.getFirst(field.name());
            if (value != null && !value.isBlank()) {
                values.put(field.name(), field.secret() ? value : value.strip());
            }
        }
        return values;
    }
}
