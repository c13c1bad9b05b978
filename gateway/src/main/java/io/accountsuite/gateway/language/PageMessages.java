package io.accountsuite.gateway.language;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The words the page's scripts write themselves (a status while a template switches, "Done.", a failed connection):
 * every entry whose key starts with {@value #PREFIX} in the page's bundles, as a JSON object the page puts in a
 * {@code <meta name="page-messages" content="…">} (an attribute, escaped as any other, so no inline script is needed
 * and the Content-Security-Policy's {@code script-src 'self'} holds) and {@code api.js}'s {@code t(key, ...args)}
 * reads. Each language's object is made once.
 */
@Component("pageMessages")
public class PageMessages {

    /** Keys of the entries the browser gets. */
    public static final String PREFIX = "js.";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String[] basenames;
    private final JsonMapper json;
    private final Map<Locale, String> made = new ConcurrentHashMap<>();

    PageMessages(@Value("${spring.messages.basename}") String[] basenames, JsonMapper json) {
        this.basenames = basenames;
        this.json = json;
    }

    /** The scripts' words in {@code locale}'s language as a JSON object of key (without the prefix) to text. */
    public String json(Locale locale) {
        return made.computeIfAbsent(new Locale(locale.getLanguage()), this::make);
    }

    private String make(Locale language) {
        Map<String, String> words = new TreeMap<>();
        for (String basename : basenames) {
            ResourceBundle bundle = ResourceBundle.getBundle(basename.strip(), language, NO_FALLBACK);
            for (String key : bundle.keySet()) {
                if (key.startsWith(PREFIX)) {
                    // Formatted without arguments: '' becomes ', and {0} stays for the script to fill.
                    words.put(key.substring(PREFIX.length()),
                            new MessageFormat(bundle.getString(key), language).format(new Object[0]));
                }
            }
        }
        return json.writeValueAsString(words);
    }
}
