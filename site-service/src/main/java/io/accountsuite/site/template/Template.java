package io.accountsuite.site.template;

import java.util.UUID;

/**
 * A site template: what a new or switched site's content is made from.
 *
 * @param active offered to switch to; an admin deactivates a template instead of deleting it, since sites made from
 *               it keep naming it
 */
public record Template(UUID id, String name, String description, String previewUrl, Blueprint blueprint,
                       boolean active) {
}
