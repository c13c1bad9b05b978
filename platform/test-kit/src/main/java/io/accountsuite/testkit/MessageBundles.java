package io.accountsuite.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks a pair of message bundles, English ({@code <basename>.properties}, the default) and French
 * ({@code <basename>_fr.properties}), read as UTF-8 from the classpath. A service's test is one line:
 *
 * <pre>{@code
 * @Test
 * void every_problem_text_is_in_english_and_french() {
 *     MessageBundles.assertFormatBundle("problems/billing");
 * }
 * }</pre>
 */
public final class MessageBundles {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");

    private MessageBundles() {
    }

    /**
     * Fails when a key is in one language and not the other, when an entry is blank, or when an argument
     * ({@code {0}}, {@code {1,number}}...) of one language's entry is missing from the other's.
     */
    public static void assertComplete(String basename) {
        Properties english = read(basename + ".properties");
        Properties french = read(basename + "_fr.properties");
        assertThat(keys(french)).as("keys of %s_fr missing from %s", basename, basename)
                .isSubsetOf(keys(english));
        assertThat(keys(english)).as("keys of %s missing from %s_fr", basename, basename)
                .isSubsetOf(keys(french));
        List<String> wrong = new ArrayList<>();
        for (String key : keys(english)) {
            String en = english.getProperty(key);
            String fr = french.getProperty(key);
            if (en.isBlank() || fr.isBlank()) {
                wrong.add(key + ": blank");
            } else if (!placeholders(en).equals(placeholders(fr))) {
                wrong.add(key + ": arguments " + placeholders(en) + " in English, " + placeholders(fr) + " in French");
            }
        }
        assertThat(wrong).as("entries of %s and %s_fr that differ", basename, basename).isEmpty();
    }

    /**
     * {@link #assertComplete} for a bundle whose every entry is a {@link java.text.MessageFormat} pattern (the
     * problems' bundles, the gateway's page bundles): also fails on a lone quote ({@code '}, which MessageFormat
     * swallows; write {@code ''}, or ’ in French).
     */
    public static void assertFormatBundle(String basename) {
        assertComplete(basename);
        for (String file : List.of(basename + ".properties", basename + "_fr.properties")) {
            Properties entries = read(file);
            List<String> quoted = keys(entries).stream()
                    .filter(key -> LONE_QUOTE.matcher(entries.getProperty(key)).find()).toList();
            assertThat(quoted).as("entries of %s with a lone quote (write '' )", file).isEmpty();
        }
    }

    private static Set<String> keys(Properties entries) {
        return new TreeSet<>(entries.stringPropertyNames());
    }

    private static Set<String> placeholders(String entry) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(entry);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Properties read(String resource) {
        InputStream in = MessageBundles.class.getClassLoader().getResourceAsStream(resource);
        assertThat(in).as("the bundle %s on the classpath", resource).isNotNull();
        Properties entries = new Properties();
        try (InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            entries.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
