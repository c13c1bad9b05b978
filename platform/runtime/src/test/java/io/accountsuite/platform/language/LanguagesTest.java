package io.accountsuite.platform.language;

import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguagesTest {

    @Test
    void a_tag_names_a_language_we_speak_whatever_its_region_or_case() {
        assertThat(Languages.byTag("fr")).contains(Locale.FRENCH);
        assertThat(Languages.byTag("FR")).contains(Locale.FRENCH);
        assertThat(Languages.byTag("fr-CA")).contains(Locale.FRENCH);
        assertThat(Languages.byTag(" en-GB ")).contains(Locale.ENGLISH);
    }

    @Test
    void any_other_tag_names_none() {
        for (String tag : new String[] {"de", "xx", "fr;", "", "\r\nSet-Cookie: x", "<script>"}) {
            assertThat(Languages.byTag(tag)).as(tag).isEqualTo(Optional.empty());
        }
        assertThat(Languages.byTag(null)).isEmpty();
    }

    @Test
    void accept_language_is_read_by_its_quality_values_and_english_is_the_default() {
        assertThat(Languages.bestMatch("fr-CA,fr;q=0.9,en;q=0.8")).isEqualTo(Locale.FRENCH);
        assertThat(Languages.bestMatch("de,fr;q=0.5,en;q=0.4")).isEqualTo(Locale.FRENCH);
        assertThat(Languages.bestMatch("fr;q=0,en")).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.bestMatch("de-DE")).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.bestMatch(";;;q=x")).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.bestMatch(null)).isEqualTo(Locale.ENGLISH);
    }
}
