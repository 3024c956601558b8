package dev.veille.curate;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import dev.veille.model.GuessReason;
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

/**
 * The curator's links: keeping an item as a link (with a guessed section and suggested tags), adding one by URL,
 * editing, moving between sections and months, deleting. Every write is validated whole before it is stored.
 * A section the curator did not give is stored as a guess with its reason; any edit that names the section
 * (the same one included: the curator confirmed it) makes it the curator's choice.
 */
public final class LinkService {

    private final LinkStore links;
    private final ItemStore items;
    private final SectionGuesser guesser;
    private final SectionService sections;
    private final TagSuggester tagSuggester;
    private final PageInfoReader pageInfo;
    private final MonthFreeze freeze;
    private final Clock clock;

    public LinkService(LinkStore links, ItemStore items, SectionGuesser guesser, SectionService sections,
                       TagSuggester tagSuggester, PageInfoReader pageInfo, MonthFreeze freeze, Clock clock) {
        this.links = links;
        this.items = items;
        this.guesser = guesser;
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
        GuessReason reason = request.section() == null ? GuessReason.NONE : null;
        LinkFields fields = fields(url, title, request.commentary(), section, reason, request.tags(), month,
                request.related(), request.via(), null);
        return links.insert(fields, now());
    }

    /** Keeps a feed item as a link; what the request gives overrides what the item suggests. */
    public Link keep(long itemId, LinkRequest overrides) {
        Item item = items.findById(itemId)
                .orElseThrow(() -> new NotFoundException("no item with id " + itemId));
        String month = monthOrCurrent(overrides.month());
        freeze.ensureOpen(month);
        Section section;
        GuessReason reason;
        if (overrides.section() != null) {
            section = sections.byName("section", overrides.section());
            reason = null;
        } else {
            SectionGuess guess = guesser.guess(item);
            section = guess.section() != null ? guess.section() : sections.first();
            reason = guess.reason();
        }
        List<String> tags = overrides.tags() != null ? overrides.tags()
                : tagSuggester.suggest(item, links.tagCounts().keySet(),
                        sections.list().stream().map(Section::name).toList());
        LinkFields fields = fields(
                overrides.url() != null ? overrides.url() : item.url(),
                overrides.title() != null ? overrides.title() : item.title(),
                overrides.commentary(), section, reason, tags, month, overrides.related(),
                overrides.via(), itemId);
        return links.keep(itemId, fields, now());
    }

    public Link update(long id, LinkPatch patch) {
        Link current = get(id);
        freeze.ensureOpen(current.month());
        Section section = patch.section() == null ? sections.get(current.sectionId())
                : sections.byName("section", patch.section());
        GuessReason reason = patch.section() == null ? current.sectionReason() : null;
        Via via = patch.clearVia() ? null : patch.via() != null ? patch.via() : current.via();
        LinkFields fields = fields(
                patch.url() != null ? patch.url() : current.url(),
                patch.title() != null ? patch.title() : current.title(),
                patch.commentary() != null ? patch.commentary() : current.commentary(),
                section, reason,
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

    /** The ids of the links made from these items, by item id. */
    public java.util.Map<Long, Long> linkIdsByItem(java.util.Collection<Long> itemIds) {
        return links.linkIdsByItem(itemIds);
    }

    private LinkFields fields(String url, String title, String commentary, Section section, GuessReason reason,
                              List<String> tags, String month, List<dev.veille.model.RelatedLink> related, Via via,
                              Long itemId) {
        String validUrl = LinkRules.url("url", url);
        return new LinkFields(validUrl, UrlNormalizer.normalize(validUrl), LinkRules.title("title", title),
                LinkRules.commentary(commentary), section.id(), LinkRules.tags(tags), month,
                LinkRules.related(related), LinkRules.via(via), itemId, reason);
    }

    private String monthOrCurrent(String month) {
        return month == null || month.isBlank() ? Months.current(clock) : Months.parse("month", month);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
