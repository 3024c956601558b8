package dev.veille.parse;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads JSON Feed 1.0 and 1.1 into a {@link ParsedFeed}. Works on the tree rather than bound classes so that
 * unknown fields, and known fields of an unexpected type, are ignored instead of failing the whole feed.
 */
final class JsonFeedReader {

    private final ObjectMapper mapper = new ObjectMapper();

    /** Parses decoded JSON text; {@code documentUrl} (may be null) is the base for relative links. */
    ParsedFeed read(String json, String documentUrl) throws FeedParseException {
        JsonNode root = tree(json);
        JsonNode items = root.path("items");
        if (!root.isObject() || !(items.isArray() || isJsonFeedVersion(root))) {
            throw new FeedParseException("the body is JSON but not a JSON Feed (no \"items\" array)");
        }
        String siteUrl = LinkResolver.resolve(documentUrl, text(root, "home_page_url"));
        List<ParsedEntry> entries = new ArrayList<>();
        for (JsonNode item : items) {
            if (item.isObject()) {
                entries.add(toEntry(item, documentUrl));
            }
        }
        return new ParsedFeed(text(root, "title"), siteUrl, List.copyOf(entries));
    }

    private JsonNode tree(String json) throws FeedParseException {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new FeedParseException("malformed JSON" + where + ": " + e.getOriginalMessage(), e);
        }
    }

    private static boolean isJsonFeedVersion(JsonNode root) {
        String version = text(root, "version");
        return version != null && version.contains("jsonfeed.org/version/");
    }

    private static ParsedEntry toEntry(JsonNode item, String documentUrl) {
        String url = text(item, "url") != null ? text(item, "url") : text(item, "external_url");
        String published = text(item, "date_published") != null
                ? text(item, "date_published") : text(item, "date_modified");
        return new ParsedEntry(
                text(item, "id"),
                LinkResolver.resolve(documentUrl, url),
                text(item, "title"),
                firstPresent(text(item, "summary"), text(item, "content_html"), text(item, "content_text")),
                LenientDateParser.parse(published).orElse(null),
                tags(item));
    }

    private static List<String> tags(JsonNode item) {
        Set<String> tags = new LinkedHashSet<>();
        for (JsonNode tag : item.path("tags")) {
            if (tag.isValueNode() && !tag.asText().isBlank()) {
                tags.add(tag.asText().strip());
            }
        }
        return List.copyOf(tags);
    }

    // A scalar's text (ids may be numbers in the wild); null for absent, null, blank or structured values.
    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isValueNode() || value.isNull() || value.asText().isBlank()) {
            return null;
        }
        return value.asText();
    }

    private static String firstPresent(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }
}
