package io.accountsuite.platform.problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.accountsuite.platform.language.Languages;
import io.accountsuite.platform.language.LocalFormats;
import jakarta.validation.ConstraintViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.i18n.AcceptHeaderLocaleContextResolver;
import org.springframework.web.server.i18n.LocaleContextResolver;

/**
 * The human text of problems in the caller's language: English ({@code en}, the default) or French ({@code fr}).
 * One {@link MessageSource} over every problem bundle on the classpath: {@code problems/platform.properties} (this
 * module) and each service's {@code problems/<service>.properties}, each with its {@code _fr} beside it, read as
 * UTF-8, entries as {@link java.text.MessageFormat} patterns (a quote is {@code ''}). A missing French entry falls
 * back to the English one, never to the JVM's default locale. A {@link ProblemType}'s title is the entry
 * {@code problem.<slug>.title}, else the English title it was made with.
 */
public final class ProblemMessages {

    public static final Locale DEFAULT = Languages.ENGLISH;
    public static final List<Locale> SUPPORTED = Languages.SUPPORTED;

    private static final Logger log = LoggerFactory.getLogger(ProblemMessages.class);
    private static final String BUNDLES = "classpath*:problems/*.properties";
    private static volatile ProblemMessages standard;

    private final MessageSource source;

    public ProblemMessages(MessageSource source) {
        this.source = source;
    }

    /** The problem bundles found on the classpath, read once. */
    public static ProblemMessages standard() {
        if (standard == null) {
            synchronized (ProblemMessages.class) {
                if (standard == null) {
                    standard = new ProblemMessages(bundles(basenames()));
                }
            }
        }
        return standard;
    }

    /** A message source over {@code basenames} (e.g. {@code problems/billing}) as the problem bundles are read. */
    public static MessageSource bundles(String... basenames) {
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasenames(basenames);
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        bundles.setAlwaysUseMessageFormat(true);
        return bundles;
    }

    /** {@code problems/platform} first, then every other {@code problems/<name>} in name order. */
    static String[] basenames() {
        TreeSet<String> names = new TreeSet<>();
        try {
            for (Resource bundle : new PathMatchingResourcePatternResolver().getResources(BUNDLES)) {
                String file = Objects.requireNonNull(bundle.getFilename());
                String name = file.substring(0, file.length() - ".properties".length());
                if (!name.matches(".*_[a-z]{2}(_[A-Z]{2})?")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the problem bundles cannot be listed", e);
        }
        names.remove("platform");
        return Stream.concat(Stream.of("platform"), names.stream())
                .map(name -> "problems/" + name).toArray(String[]::new);
    }

    /** {@code locale} if the suite speaks its language, else the default: en and fr, never a region. */
    public static Locale supported(Locale locale) {
        return locale == null ? DEFAULT : Languages.byTag(locale.getLanguage()).orElse(DEFAULT);
    }

    /** The language an {@code Accept-Language} header asks for among {@link #SUPPORTED} (RFC 4647 lookup). */
    public static Locale of(HttpHeaders headers) {
        return Languages.bestMatch(String.join(",", headers.getValuesAsList(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    /** Resolves an exchange's locale from {@code Accept-Language}: en or fr, English when neither is asked for. */
    public static LocaleContextResolver localeContextResolver() {
        AcceptHeaderLocaleContextResolver resolver = new AcceptHeaderLocaleContextResolver();
        resolver.setSupportedLocales(SUPPORTED);
        resolver.setDefaultLocale(DEFAULT);
        return resolver;
    }

    public String title(ProblemType type, Locale locale) {
        return source.getMessage("problem." + type.slug() + ".title", null, type.title(), supported(locale));
    }

    /**
     * {@code text} for people in {@code locale}: a plain string as it is, a {@link Message} (any
     * {@link MessageSourceResolvable}) from the bundles, a bean validation violation in that language; null stays
     * null. A key missing from every bundle shows itself and is logged, rather than failing the answer.
     */
    public String text(Object text, Locale locale) {
        Locale language = supported(locale);
        if (text == null || text instanceof String) {
            return (String) text;
        }
        if (text instanceof ConstraintViolation<?> violation) {
            return ConstraintTexts.text(violation, this, language);
        }
        if (text instanceof MessageSourceResolvable message) {
            Object[] args = message.getArguments() == null ? null
                    : Arrays.stream(message.getArguments()).map(arg -> argument(arg, language)).toArray();
            try {
                return source.getMessage(new DefaultMessageSourceResolvable(message.getCodes(), args,
                        message.getDefaultMessage()), language);
            } catch (NoSuchMessageException missing) {
                log.warn("No problem bundle has {}", Arrays.toString(message.getCodes()));
                return String.join(",", message.getCodes());
            }
        }
        return text.toString();
    }

    /** The entry {@code key} in {@code locale}, or null when no bundle has it. */
    String entry(String key, Locale locale) {
        return source.getMessage(key, null, null, supported(locale));
    }

    private Object argument(Object arg, Locale locale) {
        if (arg instanceof MessageSourceResolvable message) {
            return text(message, locale);
        }
        if (arg instanceof Message.Amount money) {
            return LocalFormats.money(money.amount().toPlainString(), money.currency(), locale);
        }
        if (arg instanceof LocalDate date) {
            return LocalFormats.date(date, locale);
        }
        if (arg instanceof Integer || arg instanceof Long || arg instanceof Short) {
            return String.valueOf(arg);
        }
        return arg;
    }
}
