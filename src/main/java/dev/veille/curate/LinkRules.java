package dev.veille.curate;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import dev.veille.model.InvalidInputException;
import dev.veille.model.RelatedLink;
import dev.veille.model.Via;

/** The checks on what the curator writes into a link; each failure names the field. */
final class LinkRules {

    static final int MAX_TITLE_LENGTH = 500;
    static final int MAX_COMMENTARY_LENGTH = 100_000;
    static final int MAX_TAGS = 30;
    // A tag is one lower-case word, hyphens allowed inside: kafka, kafka-streams, gke, c++, node.js.
    private static final Pattern TAG = Pattern.compile("[\\p{Ll}\\p{N}][\\p{Ll}\\p{N}.+#_-]*");

    private LinkRules() {
    }

    static String url(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field + " is required");
        }
        String trimmed = value.trim();
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return trimmed;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new InvalidInputException(field + " must be an absolute http(s) URL (got '" + trimmed + "')");
    }

    static String title(String field, String value) {
        String trimmed = value == null ? "" : value.strip().replaceAll("\\s+", " ");
        if (trimmed.isEmpty()) {
            throw new InvalidInputException(field + " must not be empty");
        }
        if (trimmed.length() > MAX_TITLE_LENGTH) {
            throw new InvalidInputException(field + " must be at most " + MAX_TITLE_LENGTH + " characters");
        }
        return trimmed;
    }

    static String commentary(String value) {
        String text = value == null ? "" : value.replace("\r\n", "\n");
        if (text.length() > MAX_COMMENTARY_LENGTH) {
            throw new InvalidInputException("commentary must be at most " + MAX_COMMENTARY_LENGTH + " characters");
        }
        return text;
    }

    /** Whether {@code tag}, as it is, is a valid tag (lower-case already). */
    static boolean isTag(String tag) {
        return tag != null && TAG.matcher(tag).matches();
    }

    /** Lower-cases tags, drops repeats, refuses anything that is not one word. */
    static List<String> tags(List<String> values) {
        if (values == null) {
            return List.of();
        }
        Set<String> tags = new LinkedHashSet<>();
        for (String value : values) {
            String tag = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
            if (tag.isEmpty()) {
                continue;
            }
            if (!isTag(tag)) {
                throw new InvalidInputException("tags: '" + value + "' is not a tag: one lower-case word, hyphens"
                        + " allowed (e.g. kafka-streams), no spaces");
            }
            tags.add(tag);
        }
        if (tags.size() > MAX_TAGS) {
            throw new InvalidInputException("tags: at most " + MAX_TAGS + " tags");
        }
        return List.copyOf(tags);
    }

    static List<RelatedLink> related(List<RelatedLink> values) {
        if (values == null) {
            return List.of();
        }
        List<RelatedLink> related = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            RelatedLink link = values.get(i);
            if (link == null) {
                throw new InvalidInputException("related[" + i + "] must be an object {\"url\", \"title\"}");
            }
            related.add(new RelatedLink(url("related[" + i + "].url", link.url()),
                    title("related[" + i + "].title", link.title())));
        }
        return List.copyOf(related);
    }

    static Via via(Via value) {
        if (value == null) {
            return null;
        }
        return new Via(title("via.title", value.title()), url("via.url", value.url()));
    }
}
