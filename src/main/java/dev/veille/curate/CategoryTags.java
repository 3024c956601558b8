package dev.veille.curate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The feed categories of an item that make tags: lower-cased, spaces as hyphens ("Cloud Native" is
 * {@code cloud-native}; accents kept, as tags allow them), and only those that pass the tag rules, have at most
 * {@value #MAX_WORDS} words and {@value #MAX_LENGTH} characters, are not a section's name and not one of the
 * generic labels blogs file everything under ("News", "Release", "Uncategorized"…).
 */
final class CategoryTags {

    static final int MAX_LENGTH = 30;
    static final int MAX_WORDS = 3;

    private static final Set<String> GENERIC = Set.of(
            "news", "blog", "blogs", "article", "articles", "post", "posts", "release", "releases", "release-notes",
            "announcement", "announcements", "announce", "update", "updates", "general", "misc", "other", "others",
            "uncategorized", "uncategorised", "non-classé", "divers", "actualité", "actualités", "actu", "actus",
            "tech", "technology", "technologie", "technologies", "engineering", "featured", "top", "community",
            "communauté", "event", "events", "évènements", "événements", "company", "product", "products",
            "product-news", "tutorial", "tutorials", "tutoriel", "tutoriels", "how-to", "howto", "video", "vidéo",
            "podcast", "en", "fr", "english", "français", "french", "feature", "features", "new", "nouveautés",
            "programming", "software", "development", "développement", "dev", "it", "informatique", "web-ops-data");

    private CategoryTags() {
    }

    static List<String> of(List<String> categories, Collection<String> sectionNames) {
        Set<String> sections = sectionNames.stream().map(CategoryTags::normalise).collect(Collectors.toSet());
        List<String> tags = new ArrayList<>();
        for (String category : categories) {
            String tag = normalise(category);
            if (tag.length() <= MAX_LENGTH && tag.split("-").length <= MAX_WORDS && LinkRules.isTag(tag)
                    && !GENERIC.contains(tag) && !sections.contains(tag) && !tags.contains(tag)) {
                tags.add(tag);
            }
        }
        return tags;
    }

    private static String normalise(String category) {
        return category == null ? "" : category.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
    }
}
