package dev.veille.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The items another parser's test suite expects for a corpus feed, reduced to what we compare: titles and
 * links in order. Reads the gofeed models (universal, rss, atom, json) and feed-rs's serde model.
 */
record ExpectedItems(List<String> titles, List<String> links) {

    int count() {
        return titles.size();
    }

    /** gofeed's universal/rss model ("items", "link"), atom model ("entries", "links") or json model ("url"). */
    static ExpectedItems fromGofeed(JsonNode expected) {
        JsonNode items = expected.has("entries") ? expected.path("entries") : expected.path("items");
        List<String> titles = new ArrayList<>();
        List<String> links = new ArrayList<>();
        for (JsonNode item : items) {
            titles.add(textOrNull(item.get("title")));
            if (item.has("link")) {
                links.add(textOrNull(item.get("link")));
            } else if (item.has("url") || item.has("external_url")) {
                links.add(textOrNull(item.has("url") ? item.get("url") : item.get("external_url")));
            } else {
                links.add(alternateHref(item.path("links")));
            }
        }
        return new ExpectedItems(titles, links);
    }

    /** feed-rs's normalised model: "entries", each with a {"content": ...} title and a "links" list. */
    static ExpectedItems fromFeedRs(JsonNode expected) {
        List<String> titles = new ArrayList<>();
        List<String> links = new ArrayList<>();
        for (JsonNode entry : expected.path("entries")) {
            titles.add(textOrNull(entry.path("title").get("content")));
            links.add(alternateHref(entry.path("links")));
        }
        return new ExpectedItems(titles, links);
    }

    // The link an aggregator opens: the first rel="alternate" (or rel-less) link, else the first link at all.
    private static String alternateHref(JsonNode links) {
        for (JsonNode link : links) {
            String rel = textOrNull(link.get("rel"));
            if (rel == null || rel.equals("alternate")) {
                return textOrNull(link.get("href"));
            }
        }
        return links.size() > 0 ? textOrNull(links.get(0).get("href")) : null;
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
