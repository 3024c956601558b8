package dev.veille.curate;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import dev.veille.model.InvalidInputException;
import dev.veille.model.Item;
import dev.veille.model.Link;
import dev.veille.model.LinkFields;
import dev.veille.model.NotFoundException;
import dev.veille.model.Section;
import dev.veille.model.Via;
import dev.veille.process.UrlNormalizer;
import dev.veille.store.ItemStore;
import dev.veille.store.LinkStore;
import dev.veille.store.SourceStore;

/**
 * The curator's links: keeping an item as a link (with a suggested section and tags), adding one by URL,
 * editing, moving between sections and months, deleting. Every write is validated whole before it is stored.
 */
public final class LinkService {

    private final LinkStore links;
    private final ItemStore items;
    private final SourceStore sources;
    private final SectionService sections;
    private final TagSuggester tagSuggester;
    private final PageInfoReader pageInfo;
    private final MonthFreeze freeze;
    private final Clock clock;

    public LinkService(LinkStore links, ItemStore items, SourceStore sources, SectionService sections,
                       TagSuggester tagSuggester, PageInfoReader pageInfo, MonthFreeze freeze, Clock clock) {
        this.links = links;
        this.items = items;
        this.sources = sources;
        this.sections = sections;
        this.tagSuggester = tagSuggester;
        this.pageInfo = pageInfo;
        this.freeze = freeze;
        this.clock = clock;
    }

    public Link get(long id) {
        return links.findById(id).orElseThrow(() -> new NotFoundException("no link with id " + id));
    }

    /** A month's links in post order; {@code month}, {@code section} and {@code text} may each be null. */
    public List<Link> list(String month, String section, String text) {
        String validMonth = month == null || month.isBlank() ? null : Months.parse("month", month);
        Long sectionId = section == null || section.isBlank() ? null : sections.byName("section", section).id();
        return links.list(validMonth, sectionId, text);
    }

    public Link create(LinkRequest request) {
        if (request.itemId() != null) {
            return keep(request.itemId(), request);
        }
        String url = LinkRules.url("url", request.url());
        String month = monthOrCurrent(request.month());
        freeze.ensureOpen(month);
        String title = request.title();
        if (title == null || title.isBlank()) {
            title = pageInfo.read(url).title();
            if (title == null) {
                throw new InvalidInputException("title: the page at " + url + " has no title; give one");
            }
        }
        Section section = request.section() == null ? sections.first()
                : sections.byName("section", request.section());
        LinkFields fields = fields(url, title, request.commentary(), section, request.tags(), month,
                request.related(), request.via(), null);
        return links.insert(fields, now());
    }

    /** Keeps a feed item as a link; what the request gives overrides what the item suggests. */
    public Link keep(long itemId, LinkRequest overrides) {
        Item item = items.findById(itemId)
                .orElseThrow(() -> new NotFoundException("no item with id " + itemId));
        String month = monthOrCurrent(overrides.month());
        freeze.ensureOpen(month);
        Section section = overrides.section() != null ? sections.byName("section", overrides.section())
                : suggestedSection(item);
        List<String> tags = overrides.tags() != null ? overrides.tags()
                : tagSuggester.suggest(item.title() + " " + item.summary(), links.tagCounts().keySet());
        LinkFields fields = fields(
                overrides.url() != null ? overrides.url() : item.url(),
                overrides.title() != null ? overrides.title() : item.title(),
                overrides.commentary(), section, tags, month, overrides.related(),
                overrides.via(), itemId);
        return links.keep(itemId, fields, now());
    }

    public Link update(long id, LinkPatch patch) {
        Link current = get(id);
        freeze.ensureOpen(current.month());
        Section section = patch.section() == null ? sections.get(current.sectionId())
                : sections.byName("section", patch.section());
        Via via = patch.clearVia() ? null : patch.via() != null ? patch.via() : current.via();
        LinkFields fields = fields(
                patch.url() != null ? patch.url() : current.url(),
                patch.title() != null ? patch.title() : current.title(),
                patch.commentary() != null ? patch.commentary() : current.commentary(),
                section,
                patch.tags() != null ? patch.tags() : current.tags(),
                patch.month() != null ? Months.parse("month", patch.month()) : current.month(),
                patch.related() != null ? patch.related() : current.related(),
                via, current.itemId());
        freeze.ensureOpen(fields.month());
        if (patch.position() != null && patch.position() < 0) {
            throw new InvalidInputException("position must be 0 or more (got " + patch.position() + ")");
        }
        if (!links.update(id, fields, patch.position(), patch.version(), now())) {
            Link stored = get(id);
            throw new StaleVersionException(stored, patch.version());
        }
        return get(id);
    }

    public void delete(long id) {
        freeze.ensureOpen(get(id).month());
        if (!links.delete(id)) {
            throw new NotFoundException("no link with id " + id);
        }
    }

    /** Every tag ever used, most used first, with its count. */
    public java.util.Map<String, Integer> tagCounts() {
        return links.tagCounts();
    }

    public java.util.Map<String, Integer> monthCounts() {
        return links.monthCounts();
    }

    private LinkFields fields(String url, String title, String commentary, Section section, List<String> tags,
                              String month, List<dev.veille.model.RelatedLink> related, Via via, Long itemId) {
        String validUrl = LinkRules.url("url", url);
        return new LinkFields(validUrl, UrlNormalizer.normalize(validUrl), LinkRules.title("title", title),
                LinkRules.commentary(commentary), section.id(), LinkRules.tags(tags), month,
                LinkRules.related(related), LinkRules.via(via), itemId);
    }

    // The source's section when it is one of the post's, else the first of the item's categories that is.
    private Section suggestedSection(Item item) {
        String sourceSection = sources.findById(item.sourceId()).map(s -> s.section()).orElse(null);
        for (Section section : sections.list()) {
            if (section.name().equalsIgnoreCase(sourceSection)) {
                return section;
            }
        }
        for (String category : item.categories()) {
            for (Section section : sections.list()) {
                if (section.name().equalsIgnoreCase(category)) {
                    return section;
                }
            }
        }
        return sections.first();
    }

    private String monthOrCurrent(String month) {
        return month == null || month.isBlank() ? Months.current(clock) : Months.parse("month", month);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
