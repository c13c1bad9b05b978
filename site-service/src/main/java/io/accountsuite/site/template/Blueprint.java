package io.accountsuite.site.template;

import java.util.List;

/** The content a site gets from a template. */
public record Blueprint(List<Item> posts, List<Item> pages, List<Medium> media) {

    public record Item(String title, String body, String status) {
    }

    public record Medium(String name, long sizeBytes) {
    }

    public Blueprint {
        posts = posts == null ? List.of() : List.copyOf(posts);
        pages = pages == null ? List.of() : List.copyOf(pages);
        media = media == null ? List.of() : List.copyOf(media);
    }

    public static Blueprint empty() {
        return new Blueprint(List.of(), List.of(), List.of());
    }
}
