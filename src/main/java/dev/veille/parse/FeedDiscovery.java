package dev.veille.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Finds the feeds an HTML page advertises with {@code <link rel="alternate" type="...">}. */
public final class FeedDiscovery {

    private static final Set<String> FEED_TYPES = Set.of(
            "application/rss+xml", "application/atom+xml", "application/feed+json", "application/json");

    /** Absolute feed URLs in document order, without duplicates; empty when the page advertises none. */
    public List<String> discover(byte[] html, String contentType, String pageUrl) {
        return discover(HtmlDocuments.parse(html, contentType, pageUrl));
    }

    List<String> discover(Document page) {
        Set<String> urls = new LinkedHashSet<>();
        for (Element link : page.select("link[rel][type][href]")) {
            if (isAlternate(link) && FEED_TYPES.contains(mediaType(link))) {
                String url = link.absUrl("href");
                urls.add(url.isEmpty() ? link.attr("href").strip() : url);
            }
        }
        urls.remove("");
        return new ArrayList<>(urls);
    }

    // rel is a space-separated list ("alternate feed" is not rare).
    private static boolean isAlternate(Element link) {
        for (String rel : link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")) {
            if (rel.equals("alternate")) {
                return true;
            }
        }
        return false;
    }

    // "application/rss+xml; charset=utf-8" is still an RSS feed.
    private static String mediaType(Element link) {
        return link.attr("type").split(";")[0].strip().toLowerCase(Locale.ROOT);
    }
}
