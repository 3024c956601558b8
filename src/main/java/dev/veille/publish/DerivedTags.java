package dev.veille.publish;

import dev.veille.model.DigestSection;
import dev.veille.model.Link;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The tags a digest gets by default: every tag of its links, in order of first appearance, without repeats.
 * The curator may edit them afterwards; the writer prints whatever the digest holds.
 */
public final class DerivedTags {

    private DerivedTags() {
    }

    /**
     * Walks sections in the given order, each section's links in position order (ties keep the given order) and
     * each link's tags in its order. Tags are compared exactly after trimming ("Kafka" and "kafka" are two
     * tags: the curate stage owns their spelling); blank and null tags are skipped.
     */
    public static List<String> of(List<DigestSection> sections) {
        Set<String> tags = new LinkedHashSet<>();
        for (DigestSection section : nonNull(sections)) {
            if (section == null) {
                continue;
            }
            List<Link> links = new ArrayList<>(nonNull(section.links()));
            links.removeIf(link -> link == null);
            links.sort(Comparator.comparingInt(Link::position));
            for (Link link : links) {
                for (String tag : nonNull(link.tags())) {
                    if (tag != null && !tag.isBlank()) {
                        tags.add(tag.strip());
                    }
                }
            }
        }
        return List.copyOf(tags);
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
