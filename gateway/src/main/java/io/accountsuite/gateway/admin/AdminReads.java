package io.accountsuite.gateway.admin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Pattern;

import io.accountsuite.gateway.backend.Backend;
import io.accountsuite.gateway.backend.Backends;
import io.accountsuite.gateway.backend.Block;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * How the operations pages read an owning service's admin API: with the admin's own token through
 * {@link Backends#get}, within {@link #LIMIT}. An admin list or summary answers every admin, so a 4xx there means
 * something is wrong (an older service without the endpoint), shown like a service that does not answer; only a
 * read by id keeps its 4xx as "nothing there". A page showing anything its service could not give answers 503.
 */
final class AdminReads {

    /** The most one admin read may take (as the settings page's). */
    static final Duration LIMIT = Duration.ofSeconds(5);

    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

    private AdminReads() {
    }

    /**
     * An admin list or summary at {@code path} with the query's parameters ({@code query}: name, value, name,
     * value…) whose value is not blank, in their order; each value is encoded as a URI template variable.
     */
    static Mono<Block> list(Backends backends, Backend backend, String token, String path,
                            @Nullable String... query) {
        StringJoiner template = new StringJoiner("&", path + "?", "").setEmptyValue(path);
        List<Object> values = new ArrayList<>();
        for (int i = 0; i + 1 < query.length; i += 2) {
            String value = query[i + 1];
            if (value != null && !value.isBlank()) {
                template.add(query[i] + "={" + query[i] + "}");
                values.add(value.strip());
            }
        }
        return backends.get(backend, token, LIMIT, template.toString(), values.toArray())
                .map(Block::noneAsUnavailable);
    }

    /** 503 for a page that shows any of {@code blocks} as unavailable. */
    static void status(ServerWebExchange exchange, Block... blocks) {
        for (Block block : blocks) {
            if ("unavailable".equals(block.status())) {
                exchange.getResponse().setStatusCode(HttpStatus.SERVICE_UNAVAILABLE);
            }
        }
    }

    /** A query or form value, stripped; null when absent or blank. */
    static @Nullable String blankAsNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Whether {@code value} is a UUID as the services write them (anything else names nothing). */
    static boolean isUuid(@Nullable String value) {
        return value != null && UUID_TEXT.matcher(value).matches();
    }

    /**
     * A list page's address ({@code path}) with the filters a row's form carried back in hidden fields, encoded, and
     * the flag that tells the page what was done ({@code paid}, {@code checked}; null for none).
     */
    static String listPath(String path, MultiValueMap<String, String> form, List<String> filters,
                           @Nullable String flag) {
        var uri = UriComponentsBuilder.fromPath(path);
        for (String filter : filters) {
            String value = blankAsNull(form.getFirst(filter));
            if (value != null) {
                uri.queryParam(filter, value);
            }
        }
        if (flag != null) {
            uri.queryParam(flag);
        }
        return uri.encode().build().toUriString();
    }
}
