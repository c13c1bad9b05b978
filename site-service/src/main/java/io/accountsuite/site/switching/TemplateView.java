package io.accountsuite.site.switching;

import java.util.UUID;

import io.accountsuite.site.template.Template;
import org.jspecify.annotations.Nullable;

/** A template as a customer choosing one sees it: no blueprint, which is the network's business. */
public record TemplateView(UUID id, String name, @Nullable String description, @Nullable String previewUrl) {

    public static TemplateView of(Template t) {
        return new TemplateView(t.id(), t.name(), t.description(), t.previewUrl());
    }
}
