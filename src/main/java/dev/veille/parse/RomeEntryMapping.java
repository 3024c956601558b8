package dev.veille.parse;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.DCSubject;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Maps one ROME entry to a {@link ParsedEntry}. Where ROME's unified model loses what the document said (a
 * missing guid, Atom 0.3 dates, rel-less links, dc:title and dc:subject), it reads the wire entry instead.
 */
final class RomeEntryMapping {

    private static final Pattern WEB_URL = Pattern.compile("^\\s*https?://", Pattern.CASE_INSENSITIVE);

    private RomeEntryMapping() {
    }

    /** The entry, with links resolved against {@code base}; {@code rdf} for RSS 0.90/1.0, whose id is rdf:about. */
    static ParsedEntry toEntry(SyndEntry entry, String base, boolean rdf) {
        return new ParsedEntry(
                guidOf(entry, rdf),
                LinkResolver.resolve(baseOf(entry, base), linkOf(entry)),
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
