package io.accountsuite.gateway.language;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The gateway's bundles as the application reads them (application.yml spring.messages), for unit tests. */
public final class PageBundles {

    private PageBundles() {
    }

    public static MessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(MessageBundlesTest.basenames().toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(true);
        return source;
    }
}
