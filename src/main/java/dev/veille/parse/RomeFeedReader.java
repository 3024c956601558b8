package dev.veille.parse;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.DCSubject;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 text with ROME and maps it to a {@link ParsedFeed}. ROME keeps its
 * default of refusing any DOCTYPE; its errors become {@link FeedParseException}s worded for a curator.
 */
final class RomeFeedReader {

    private static final Pattern WEB_URL = Pattern.compile("^\\s*https?://", Pattern.CASE_INSENSITIVE);
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
            entries.add(toEntry(entry, base, rdf));
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

    // Throws FeedException for XML errors; ROME also signals an unknown root with IllegalArgumentException and
    // may trip on odd documents with other RuntimeExceptions: to the caller all mean "not a feed we can read".
    private static SyndFeed attempt(String xml) throws FeedException {
        // A new input per document: SyndFeedInput is cheap and not documented as thread-safe.
        SyndFeedInput input = new SyndFeedInput();
        input.setPreserveWireFeed(true); // to read guid/id as the document gives them, see guidOf
        return input.build(new StringReader(xml));
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

    private static ParsedEntry toEntry(SyndEntry entry, String documentUrl, boolean rdf) {
        return new ParsedEntry(
                guidOf(entry, rdf),
                LinkResolver.resolve(baseOf(entry, documentUrl), linkOf(entry)),
                titleOf(entry),
                summaryOf(entry),
                instant(publishedOf(entry)),
                categoriesOf(entry));
    }

    // Atom: published (issued in 0.3), else updated (modified in 0.3); ROME's 0.3 converter mixes them up.
    private static Date publishedOf(SyndEntry entry) {
        if (entry.getWireEntry() instanceof Entry atom) {
            return firstNonNull(atom.getPublished(), atom.getIssued(), atom.getUpdated(), atom.getModified());
        }
        return firstNonNull(entry.getPublishedDate(), entry.getUpdatedDate());
    }

    private static Date firstNonNull(Date... dates) {
        for (Date date : dates) {
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    // SyndEntry.getUri() falls back to the link when an RSS item has no guid; we want null there, so the
    // caller knows the identity is derived, not given.
    private static String guidOf(SyndEntry entry, boolean rdf) {
        Object wire = entry.getWireEntry();
        String guid = null;
        if (wire instanceof Item item) {
            Guid rssGuid = item.getGuid();
            // RSS 1.0 has no guid; its rdf:about is the item's identifier (ROME stores it as the item's uri).
            guid = rssGuid != null ? rssGuid.getValue() : rdf ? item.getUri() : null;
        } else if (wire instanceof Entry atomEntry) {
            guid = atomEntry.getId();
        }
        return guid == null || guid.isBlank() ? null : guid.strip();
    }

    // Atom: the first rel="alternate" link (a missing rel means alternate); ROME's SyndEntry link does that for
    // Atom 1.0 but not for 0.3, and enclosure/self/edit links are not the entry's page. RSS: the <link>, else
    // a permalink guid that is a web URL (RSS 2.0: the guid is then the item's URL).
    private static String linkOf(SyndEntry entry) {
        if (entry.getWireEntry() instanceof Entry atomEntry) {
            for (Link link : atomEntry.getAlternateLinks()) {
                if (link.getHref() != null && !link.getHref().isBlank()) {
                    return link.getHrefResolved() != null ? link.getHrefResolved() : link.getHref();
                }
            }
            // ROME's Atom 0.3 parser files a rel-less link under "other" (reporting it as rel="alternate").
            for (Link link : atomEntry.getOtherLinks()) {
                if ((link.getRel() == null || link.getRel().equals("alternate")) && link.getHref() != null
                        && !link.getHref().isBlank()) {
                    return link.getHrefResolved() != null ? link.getHrefResolved() : link.getHref();
                }
            }
            return null;
        }
        if (entry.getWireEntry() instanceof Item item) {
            if (item.getLink() != null && !item.getLink().isBlank()) {
                return item.getLink();
            }
            Guid guid = item.getGuid();
            boolean webUrl = guid != null && guid.getValue() != null && WEB_URL.matcher(guid.getValue()).find();
            return webUrl && guid.isPermaLink() ? guid.getValue() : null;
        }
        return entry.getLink();
    }

    // ROME leaves an RSS item's title empty when only dc:title is given.
    private static String titleOf(SyndEntry entry) {
        if (entry.getTitle() != null && !entry.getTitle().isBlank()) {
            return entry.getTitle();
        }
        DCModule dc = (DCModule) entry.getModule(DCModule.URI);
        return dc != null && dc.getTitle() != null ? dc.getTitle() : entry.getTitle();
    }

    private static String baseOf(SyndEntry entry, String documentUrl) {
        if (entry.getWireEntry() instanceof Entry atomEntry && atomEntry.getXmlBase() != null) {
            return LinkResolver.resolve(documentUrl, atomEntry.getXmlBase());
        }
        return documentUrl;
    }

    private static String summaryOf(SyndEntry entry) {
        SyndContent description = entry.getDescription();
        if (description != null && description.getValue() != null && !description.getValue().isBlank()) {
            return description.getValue();
        }
        for (SyndContent content : entry.getContents()) {
            if (content.getValue() != null && !content.getValue().isBlank()) {
                return content.getValue();
            }
        }
        return null;
    }

    private static List<String> categoriesOf(SyndEntry entry) {
        Set<String> terms = new LinkedHashSet<>();
        for (SyndCategory category : entry.getCategories()) {
            if (category.getName() != null && !category.getName().isBlank()) {
                terms.add(category.getName().strip());
            }
        }
        // RSS 1.0 feeds tag with dc:subject, which ROME keeps in its Dublin Core module only.
        if (entry.getModule(DCModule.URI) instanceof DCModule dc) {
            for (DCSubject subject : dc.getSubjects()) {
                if (subject.getValue() != null && !subject.getValue().isBlank()) {
                    terms.add(subject.getValue().strip());
                }
            }
        }
        return List.copyOf(terms);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
