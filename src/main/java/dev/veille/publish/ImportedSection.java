package dev.veille.publish;

import java.util.List;

/** A section read from a post: its heading (null when empty) and its links, in the post's order. */
public record ImportedSection(String name, List<ImportedLink> links) {

    public ImportedSection {
        links = links == null ? List.of() : List.copyOf(links);
    }
}
