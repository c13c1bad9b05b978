package io.accountsuite.gateway.language;

import java.util.Locale;

import org.springframework.boot.webclient.WebClientCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * Every call the gateway makes to a service on a request's behalf says the request's language
 * ({@code Accept-Language}), so that problems, PDFs and registrations come back in it; a call made outside a
 * request (none today) says nothing and gets English.
 */
@Component
class LanguageOfCalls implements WebClientCustomizer {

    /** The Reactor context key {@link LanguageForwarding} puts the request's {@link Locale} under. */
    static final String KEY = LanguageOfCalls.class.getName();

    @Override
    public void customize(WebClient.Builder builder) {
        builder.filter((request, next) -> Mono.deferContextual(context -> next.exchange(
                context.<Locale>getOrEmpty(KEY)
                        .map(locale -> ClientRequest.from(request)
                                .headers(headers -> headers.set(HttpHeaders.ACCEPT_LANGUAGE, locale.getLanguage()))
                                .build())
                        .orElse(request))));
    }
}
