package io.accountsuite.gateway.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.accountsuite.testkit.MessageBundles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page's two languages stay whole: each bundle's English and French have the same keys with the same arguments
 * and no entry breaks MessageFormat with a lone apostrophe (the test kit's check, as every service's bundles), and
 * every key a template or script names exists.
 */
class MessageBundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)");
    private static final Pattern SCRIPT_KEY = Pattern.compile("\\bt\\('([A-Za-z0-9_.-]+)'");

    static List<String> basenames() {
        return Arrays.stream(yamlBasenames().split(",")).map(String::strip).toList();
    }

    @ParameterizedTest
    @MethodSource("basenames")
    void english_and_french_have_the_same_keys_and_arguments_and_no_lone_apostrophe(String basename) {
        MessageBundles.assertFormatBundle(basename);
    }

    @Test
    void every_key_a_template_or_script_names_exists() {
        Set<String> known = new TreeSet<>();
        basenames().forEach(basename -> known.addAll(bundle(basename + ".properties").stringPropertyNames()));
        Set<String> named = new TreeSet<>();
        named.addAll(keysIn(RESOURCES.resolve("templates"), ".html", TEMPLATE_KEY, ""));
        named.addAll(keysIn(RESOURCES.resolve("static/js"), ".js", SCRIPT_KEY, PageMessages.PREFIX));
        named.removeAll(known);
        assertThat(named).as("keys named but in no bundle").isEmpty();
    }

    private static Set<String> keysIn(Path folder, String suffix, Pattern pattern, String prefix) {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(prefix + matcher.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    private static Properties bundle(String file) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(RESOURCES.resolve(file))) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static String yamlBasenames() {
        try {
            Matcher matcher = Pattern.compile("\\n\\s+basename: (.+)\\n")
                    .matcher(Files.readString(RESOURCES.resolve("application.yml")));
            assertThat(matcher.find()).as("spring.messages.basename in application.yml").isTrue();
            return matcher.group(1).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
