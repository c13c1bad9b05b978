package io.accountsuite.gateway.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * How each site limit (site-service's and membership-service's keys: {@code diskMb}, {@code posts}, {@code pages},
 * {@code visitsPerMonth}, {@code users}) is named on the account page and the change-membership view, in the page's
 * language (bundle entries {@code account.limit.<key>}).
 */
@Component
class LimitNames {

    private static final List<String> KEYS = List.of("diskMb", "posts", "pages", "visitsPerMonth", "users");

    private final MessageSource messages;

    LimitNames(MessageSource messages) {
        this.messages = messages;
    }

    /** Each limit's key and its name in {@code locale}'s language ("posts" → "Posts" / "Articles"). */
    Map<String, String> in(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        KEYS.forEach(key -> names.put(key, messages.getMessage("account.limit." + key, null, locale)));
        return names;
    }
}
