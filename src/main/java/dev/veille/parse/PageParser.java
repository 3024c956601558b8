package dev.veille.parse;

import dev.veille.model.Selectors;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Turns an HTML release page that has no feed into a {@link ParsedFeed}, with the source's CSS selectors:
 * {@code item} selects each entry, the others are evaluated inside it. The link is an item's identity (its guid):
 * an item without one is skipped, and a link listed twice (table of contents and body) is kept once.
 */
public final class PageParser {

    /**
     * Parses {@code body} (charset from {@code contentType}, else BOM or {@code <meta charset>}); relative links are
     * resolved against {@code pageUrl}.
     *
     * @throws FeedParseException for an invalid selector or when the item selector matches nothing
     */
    public ParsedFeed parse(byte[] body, String contentType, String pageUrl, Selectors selectors)
            throws FeedParseException {
        Optional<String> problem = SelectorsValidation.check(selectors);
        if (problem.isPresent()) {
            throw new FeedParseException(problem.get());
        }
        Document page = HtmlDocuments.parse(body == null ? new byte[0] : body, contentType, pageUrl);
        Elements items = page.select(selectors.item());
        if (items.isEmpty()) {
            throw new FeedParseException("the item selector '" + selectors.item() + "' matched nothing");
        }
        List<ParsedEntry> entries = new ArrayList<>();
        Set<String> seenLinks = new LinkedHashSet<>();
        for (Element item : items) {
            toEntry(item, selectors).filter(entry -> seenLinks.add(entry.url())).ifPresent(entries::add);
        }
        return new ParsedFeed(blankToNull(page.title()), pageUrl, List.copyOf(entries));
    }

    private static Optional<ParsedEntry> toEntry(Element item, Selectors selectors) {
        Element linkElement = item.selectFirst(selectors.link());
        String url = linkElement == null ? null : hrefOf(linkElement);
        if (url == null) {
            return Optional.empty();
        }
        String title = textOf(item, selectors.title());
        if (title == null) {
            title = blankToNull(linkElement.text());
        }
        return Optional.of(new ParsedEntry(url, url, title, summaryOf(item, selectors.summary()),
                publishedOf(item, selectors.date()), List.of()));
    }

    // The matched element's href, or that of its first a[href] descendant (a selector on a heading is common).
    private static String hrefOf(Element element) {
        Element anchor = element.hasAttr("href") ? element : element.selectFirst("a[href]");
        if (anchor == null) {
            return null;
        }
        String absolute = anchor.absUrl("href");
        return blankToNull(absolute.isEmpty() ? anchor.attr("href") : absolute);
    }

    private static String textOf(Element item, String selector) {
        if (SelectorsValidation.isBlank(selector)) {
            return null;
        }
        Element element = item.selectFirst(selector);
        return element == null ? null : blankToNull(element.text());
    }

    // Inner HTML, like a feed's description: the caller sanitises it.
    private static String summaryOf(Element item, String selector) {
        if (SelectorsValidation.isBlank(selector)) {
            return null;
        }
        Element element = item.selectFirst(selector);
        return element == null ? null : blankToNull(element.html());
    }

    // A <time datetime> (the element itself or inside it) is machine-readable; its text is the fallback.
    private static Instant publishedOf(Element item, String selector) {
        if (SelectorsValidation.isBlank(selector)) {
            return null;
        }
        Element element = item.selectFirst(selector);
        if (element == null) {
            return null;
        }
        Element time = element.hasAttr("datetime") ? element : element.selectFirst("[datetime]");
        if (time != null) {
            Optional<Instant> machineReadable = LenientDateParser.parse(time.attr("datetime"));
            if (machineReadable.isPresent()) {
                return machineReadable.get();
            }
        }
        return LenientDateParser.findIn(element.text()).orElse(null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
