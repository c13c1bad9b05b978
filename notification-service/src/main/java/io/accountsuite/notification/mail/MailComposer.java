package io.accountsuite.notification.mail;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.accountsuite.notification.settings.NotificationDefaults;
import io.accountsuite.notification.settings.Sender;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Puts a {@link Letter} in words in the reader's language: the words come from the {@code mail/messages} bundle,
 * the layout from {@code templates/mail/message.txt} and {@code message.html} (Thymeleaf's text and HTML modes;
 * HTML escapes what the customer typed, such as their name). Every word a reader sees comes from the bundle; the
 * HTML's {@code lang} is the locale's.
 */
@Component
public class MailComposer {

    private final MessageSource words;
    private final NotificationDefaults defaults;
    private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");
    private final TemplateEngine html = engine(TemplateMode.HTML, ".html");

    public MailComposer(MessageSource words, NotificationDefaults defaults) {
        this.words = words;
        this.defaults = defaults;
    }

    /** The letter for {@code name}, read in {@code locale}, signed by {@code sender}. */
    public Composed compose(Letter letter, String name, Locale locale, Sender sender) {
        Object[] args = letter.args().toArray();
        String prefix = letter.kind().value();
        Context context = new Context(locale);
        context.setVariable("lang", locale.toLanguageTag());
        context.setVariable("subject", words.getMessage(prefix + ".subject", args, locale));
        context.setVariable("greeting", words.getMessage("mail.greeting", new Object[] {name}, locale));
        context.setVariable("paragraphs", paragraphs(words.getMessage(prefix + ".body", args, locale)));
        String url = actionUrl(letter);
        if (url != null) {
            String label = words.getMessage(prefix + ".action", args, locale);
            context.setVariable("actionLabel", label);
            context.setVariable("actionUrl", url);
            context.setVariable("actionLine", words.getMessage("mail.action-line", new Object[] {label, url}, locale));
        }
        context.setVariable("signature", words.getMessage("mail.signature", new Object[] {sender.name()}, locale));
        context.setVariable("footer", words.getMessage("mail.footer", new Object[] {sender.name(),
                defaults.link("/account")}, locale));
        return new Composed((String) context.getVariable("subject"), text.process("message", context),
                html.process("message", context));
    }

    private String actionUrl(Letter letter) {
        if (letter.link() != null) {
            return defaults.link("/verify-email?token=" + Composed.TOKEN_PLACEHOLDER);
        }
        return letter.actionPath() == null ? null : defaults.link(letter.actionPath());
    }

    private static List<String> paragraphs(String body) {
        return Arrays.stream(body.split("\n\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    private static TemplateEngine engine(TemplateMode mode, String suffix) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        TemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
