package dev.veille.parse;

import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 text with ROME and maps it to a {@link ParsedFeed}. ROME keeps its
 * default of refusing any DOCTYPE; its errors become {@link FeedParseException}s worded for a curator.
 */
final class RomeFeedReader {

    private static final Pattern XML_BASE = Pattern.compile("\\sxml:base\\s*=\\s*([\"'])([^\"']*)\\1");
    private static final Pattern CHANNEL = Pattern.compile("<([\\w.-]+:)?channel[\\s>/]");

    /**
     * Parses decoded XML text whose shape was sniffed as XML; {@code documentUrl} (may be null) is the base
     * for relative links.
     */
    ParsedFeed read(String xml, DocumentShape shape, String documentUrl) throws FeedParseException {
        if (isRssWithoutChannel(xml, shape)) {
            // ROME fails with a NullPointerException on these; an RSS document with no channel has no entries.
            return new ParsedFeed(null, null, List.of());
        }
        SyndFeed feed = build(recognisable(withoutHarmlessDoctype(xml, shape)));
        String base = documentBase(xml, shape, documentUrl);
        String siteUrl = LinkResolver.resolve(base, siteLinkOf(feed));
        boolean rdf = feed.getFeedType() != null && (feed.getFeedType().startsWith("rss_1.0")
                || feed.getFeedType().equals("rss_0.9"));
        List<ParsedEntry> entries = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            entries.add(RomeEntryMapping.toEntry(entry, base, rdf));
        }
        return new ParsedFeed(feed.getTitle(), siteUrl, List.copyOf(entries));
    }

    // Rewrites change only the root element, so the shape is sniffed again on the text they receive.
    private static String recognisable(String xml) {
        String atom = AtomRecognition.rewrite(xml, DocumentShape.of(xml));
        return RssRecognition.rewrite(atom, DocumentShape.of(atom));
    }

    // ROME applies xml:base only inside Atom; an xml:base on the root of an RSS feed is honoured here.
    private static String documentBase(String xml, DocumentShape shape, String documentUrl) {
        String rootTag = shape.rootStartTag(xml);
        Matcher base = rootTag == null ? null : XML_BASE.matcher(rootTag);
        return base != null && base.find() ? LinkResolver.resolve(documentUrl, base.group(2)) : documentUrl;
    }

    private static boolean isRssWithoutChannel(String xml, DocumentShape shape) {
        String root = shape.rootElement() == null ? "" : shape.rootElement();
        return (root.equals("rss") || root.endsWith(":RDF")) && !CHANNEL.matcher(xml).find();
    }

    private static String withoutHarmlessDoctype(String xml, DocumentShape shape) throws FeedParseException {
        if (shape.doctype() == null) {
            return xml;
        }
        if (NetscapeRssDoctype.isNetscapeRss091(shape.doctype())) {
            return NetscapeRssDoctype.remove(xml, shape.doctype());
        }
        // Said here rather than left to ROME, so the message does not depend on the XML parser's wording.
        throw new FeedParseException(RomeErrors.DOCTYPE_REFUSED);
    }

    private static SyndFeed build(String xml) throws FeedParseException {
        try {
            return attempt(xml);
        } catch (Exception first) {
            // Undeclared prefixes and padded namespace URIs are common and harmless; repair and retry once,
            // but report the first error if the repair did not help.
            String repaired = NamespaceRepair.repair(xml);
            if (!repaired.equals(xml)) {
                try {
                    return attempt(repaired);
                } catch (Exception ignoredSecondFailure) {
                    throw RomeErrors.toParseException(first);
                }
            }
            throw RomeErrors.toParseException(first);
        }
    }

    /**
     * Parses well-formed XML as it is, and anything else through ROME's XML healer, the one {@code new
     * SyndFeedInput()} uses (HTML entities such as {@code &nbsp;} mapped, a bare {@code &} escaped, leading
     * whitespace and comments dropped). The healer reads one character at a time and looks up every entity in a
     * map: on well-formed feeds it was a sixth of a poll's CPU and changes nothing a reader sees, since what it
     * rewrites outside CDATA are equivalent references. The errors reported are the healer's, as before.
     */
    private static SyndFeed attempt(String xml) throws FeedException {
        try {
            return parse(xml, false);
        } catch (FeedException | RuntimeException notWellFormed) {
            return parse(xml, true);
        }
    }

    // Throws FeedException for XML errors; ROME also signals an unknown root with IllegalArgumentException and
    // may trip on odd documents with other RuntimeExceptions: to the caller all mean "not a feed we can read".
    private static SyndFeed parse(String xml, boolean healing) throws FeedException {
        // A new input per document: it is cheap and not documented as thread-safe. What SyndFeedInput.build
        // does, with a nesting limit; the wire feed is preserved: RomeEntryMapping reads guid, id, links and dates
        // from the wire entries.
        NestingLimitedFeedInput input = new NestingLimitedFeedInput();
        input.setXmlHealerOn(healing);
        return new SyndFeedImpl(input.build(new UnsynchronizedStringReader(xml)), true);
    }

    // Atom: the first alternate link, resolved by us (ROME resolves "./" against the self link, not xml:base).
    private static String siteLinkOf(SyndFeed feed) {
        if (feed.originalWireFeed() instanceof Feed atomFeed) {
            for (Link link : atomFeed.getAlternateLinks()) {
                if (link.getHref() != null && !link.getHref().isBlank()) {
                    return link.getHref();
                }
            }
        }
        return feed.getLink();
    }
}
