package io.accountsuite.site.template;

import java.util.UUID;

/** A site template: what a new or switched site's content is made from. */
public record Template(UUID id, String name, String description, String previewUrl, Blueprint blueprint) {
}
