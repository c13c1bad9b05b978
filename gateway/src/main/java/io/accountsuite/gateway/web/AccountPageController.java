package io.accountsuite.gateway.web;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.accountsuite.gateway.composition.AccountComposition;
import io.accountsuite.gateway.composition.AccountPage;
import io.accountsuite.gateway.language.PageLanguage;
import io.accountsuite.gateway.live.LiveEvents;
import io.accountsuite.platform.language.Languages;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The signed-in customer's account page, rendered on the server from the same composition as
 * {@code GET /api/account}: a block whose service is unavailable says so and the rest of the page works. Its words
 * are the request's language's ({@code i18n/account}); the notice after a change is resolved here.
 */
@Controller
@RequiredArgsConstructor
class AccountPageController {

    /** The notice after a form saved without JavaScript ({@code ?saved=}), by what was saved. */
    private static final Map<String, String> SAVED = Map.of("address", "account.notice.address-saved",
            "email", "account.notice.email-sent", "password", "account.notice.password-changed");

    /** The notice after a membership change ({@code ?changed=}), by its outcome (membership-service's words). */
    private static final Map<String, String> CHANGED = Map.of("applied", "account.notice.changed",
            "scheduled", "account.notice.scheduled", "awaiting-payment", "account.notice.awaiting-payment");

    private final AccountComposition composition;
    private final RefusalNotice refusals;
    private final LimitNames limitNames;
    private final MessageSource messages;
    private final JsonMapper json;
    private final PageLanguage pageLanguage;

    @GetMapping("/account")
    Mono<String> account(@RequestParam(required = false) String changed,
                         @RequestParam(required = false) String saved,
                         @RequestParam(required = false) String done,
                         @RequestParam(required = false) String unsaved, ServerWebExchange exchange,
                         Locale locale, Model model) {
        // A one-button action refused without JavaScript (PageActionsController): the service's words.
        refusals.take(exchange).ifPresent(problem -> model.addAttribute("problem", problem));
        Optional<String> notice = "action".equals(done) ? Optional.of("account.notice.done")
                : "language".equals(unsaved) ? Optional.of("account.notice.language-unsaved")
                : Optional.ofNullable(saved).map(SAVED::get).or(() -> Optional.ofNullable(changed).map(CHANGED::get));
        notice.ifPresent(key -> model.addAttribute("notice", messages.getMessage(key, null, locale)));
        return ReactiveSecurityContextHolder.getContext()
                .map(context -> ((JwtAuthenticationToken) context.getAuthentication()).getToken().getTokenValue())
                .flatMap(composition::compose)
                .map(page -> savedLanguageElsewhere(page, exchange, locale)
                        .map(language -> again(exchange, language))
                        .orElseGet(() -> show(page, model, locale)));
    }

    /** The same address again, once this browser remembers the customer's saved {@code language}. */
    private String again(ServerWebExchange exchange, String language) {
        // The saved language wins over this browser's (issue 21).
        pageLanguage.remember(exchange, language);
        String query = exchange.getRequest().getURI().getRawQuery();
        return "redirect:" + exchange.getRequest().getURI().getRawPath() + (query == null ? "" : "?" + query);
    }

    /**
     * The customer's saved language when it is not the one this request is answered in and the address did not pick
     * one ({@code ?lang=}): a browser whose cookie predates a change made elsewhere, or that never signed in here.
     */
    private Optional<String> savedLanguageElsewhere(AccountPage page, ServerWebExchange exchange, Locale locale) {
        if (!"ok".equals(page.profile().status()) || !(page.profile().data() instanceof Map<?, ?> profile)
                || pageLanguage.chosen(exchange).isPresent()) {
            return Optional.empty();
        }
        return Languages.byTag(String.valueOf(profile.get("language"))).map(Locale::getLanguage)
                .filter(saved -> !saved.equals(locale.getLanguage()));
    }

    private String show(AccountPage page, Model model, Locale locale) {
        model.addAllAttributes(page.blocks());
        model.addAttribute("links", page.links());
        model.addAttribute("actions", page.actions());
        model.addAttribute("limitLabels", limitNames.in(locale));
        model.addAttribute("visit", VisitSite.of(page.site(), page.domains(), json).orElse(null));
        model.addAttribute("activeStages", VisitSite.ACTIVE_STAGES);
        model.addAttribute("liveEvents", String.join(" ", LiveEvents.LIVE));
        return "account";
    }
}
