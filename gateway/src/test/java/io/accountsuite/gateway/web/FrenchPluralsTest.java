package io.accountsuite.gateway.web;

import java.util.Locale;

import io.accountsuite.gateway.language.PageBundles;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** French counts 0 and 1 in the singular ("1 Mo utilisé"), English only 1: each bundle says so itself. */
class FrenchPluralsTest {

    private final MessageSource messages = PageBundles.messages();

    @Test
    void one_megabyte_is_used_in_the_singular_more_in_the_plural() {
        assertThat(french("account.site.disk.used", 1, 500, 0)).isEqualTo("1 Mo utilisé sur 500 Mo (0 %)");
        assertThat(french("account.site.disk.used", 12, 100, 12)).isEqualTo("12 Mo utilisés sur 100 Mo (12 %)");
        assertThat(french("account.limits.unlimited", 0)).isEqualTo("0 utilisé · Illimité");
        assertThat(french("account.limits.unlimited", 2)).isEqualTo("2 utilisés · Illimité");
    }

    private String french(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.FRENCH).replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
