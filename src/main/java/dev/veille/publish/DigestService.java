package dev.veille.publish;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import dev.veille.curate.MonthFreeze;
import dev.veille.curate.Months;
import dev.veille.model.Digest;
import dev.veille.model.DigestFields;
import dev.veille.model.DigestSection;
import dev.veille.model.DigestStatus;
import dev.veille.model.InvalidInputException;
import dev.veille.model.Link;
import dev.veille.model.RollupSuggestion;
import dev.veille.model.Section;
import dev.veille.model.Tip;
import dev.veille.store.DigestStore;
import dev.veille.store.LinkStore;
import dev.veille.store.SectionStore;

/**
 * A month's digest: assembled from the stored fields (defaults where unset) and the month's links in section
 * order; edited, published (which freezes the month) and unpublished.
 */
public final class DigestService {

    private static final int MAX_TITLE_LENGTH = 300;

    private final DigestStore digests;
    private final LinkStore links;
    private final SectionStore sections;
    private final MonthFreeze freeze;
    private final String titleTemplate;
    private final Clock clock;

    public DigestService(DigestStore digests, LinkStore links, SectionStore sections, MonthFreeze freeze,
                         String titleTemplate, Clock clock) {
        this.digests = digests;
        this.links = links;
        this.sections = sections;
        this.freeze = freeze;
        this.titleTemplate = titleTemplate;
        this.clock = clock;
    }

    /** The month's digest alone, as the Markdown export needs it. */
    public Digest digest(String month) {
        return assemble(fields(Months.parse("month", month)));
    }

    public DigestView get(String month) {
        Digest digest = digest(month);
        return new DigestView(digest, digests.publishedBefore(digest.month()));
    }

    /** Several releases of one GitHub source kept this month, each group suggested as one bullet. */
    public List<RollupSuggestion> rollups(String month) {
        return ReleaseRollup.suggestFor(digests.releaseLinks(Months.parse("month", month)));
    }

    public List<DigestStore.MonthSummary> months() {
        return digests.months();
    }

    public DigestView update(String month, DigestPatch patch) {
        String valid = Months.parse("month", month);
        freeze.ensureOpen(valid);
        DigestFields current = fields(valid);
        String title = patch.resetTitle() ? null : patch.title() != null ? title(patch.title()) : current.title();
        LocalDate date = patch.resetDate() ? null : patch.date() != null ? date(patch.date()) : current.date();
        List<String> tags = patch.resetTags() ? null : patch.tags() != null ? tags(patch.tags()) : current.tags();
        Tip tip = patch.tip() == null ? current.tip()
                : new Tip(text(patch.tip().title()).strip(), text(patch.tip().body()));
        digests.save(new DigestFields(valid, title, date,
                patch.intro() != null ? text(patch.intro()) : current.intro(), tip,
                patch.outro() != null ? text(patch.outro()) : current.outro(), tags, current.status(),
                current.publishedAt()));
        return get(valid);
    }

    public DigestView publish(String month) {
        String valid = Months.parse("month", month);
        DigestFields current = fields(valid);
        if (current.status() != DigestStatus.PUBLISHED) {
            digests.save(withStatus(current, DigestStatus.PUBLISHED,
                    clock.instant().truncatedTo(ChronoUnit.SECONDS)));
        }
        return get(valid);
    }

    public DigestView unpublish(String month) {
        String valid = Months.parse("month", month);
        DigestFields current = fields(valid);
        if (current.status() != DigestStatus.DRAFT) {
            digests.save(withStatus(current, DigestStatus.DRAFT, null));
        }
        return get(valid);
    }

    /** The digest with every default applied and its links in post order. */
    Digest assemble(DigestFields fields) {
        YearMonth month = YearMonth.parse(fields.month());
        List<Link> monthLinks = links.list(fields.month(), null, null);
        List<DigestSection> parts = new ArrayList<>();
        for (Section section : sections.findAll()) {
            List<Link> inSection = monthLinks.stream().filter(l -> l.sectionId() == section.id()).toList();
            if (!inSection.isEmpty()) {
                parts.add(new DigestSection(section.name(), inSection));
            }
        }
        return new Digest(fields.month(),
                fields.title() != null ? fields.title() : DigestTitle.of(titleTemplate, month),
                fields.date() != null ? fields.date() : DigestDate.defaultFor(month),
                fields.intro(), fields.tip(), fields.outro(),
                fields.tags() != null ? fields.tags() : DerivedTags.of(parts),
                fields.status(), fields.publishedAt(), parts);
    }

    private DigestFields fields(String month) {
        return digests.find(month).orElse(DigestFields.empty(month));
    }

    private static DigestFields withStatus(DigestFields f, DigestStatus status, java.time.Instant publishedAt) {
        return new DigestFields(f.month(), f.title(), f.date(), f.intro(), f.tip(), f.outro(), f.tags(), status,
                publishedAt);
    }

    private static String title(String value) {
        String title = value.strip();
        if (title.isEmpty()) {
            throw new InvalidInputException("title must not be empty (send null to go back to the template)");
        }
        if (title.length() > MAX_TITLE_LENGTH) {
            throw new InvalidInputException("title must be at most " + MAX_TITLE_LENGTH + " characters");
        }
        return title;
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("date must be an ISO date such as 2019-10-31 (got '" + value + "')");
        }
    }

    private static List<String> tags(List<String> values) {
        List<String> tags = new ArrayList<>();
        for (String value : values) {
            String tag = value == null ? "" : value.strip();
            if (tag.isEmpty() || tag.contains("\n")) {
                throw new InvalidInputException("tags must be non-empty single-line words (got '" + value + "')");
            }
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        return List.copyOf(tags);
    }

    private static String text(String value) {
        return value == null ? "" : value.replace("\r\n", "\n");
    }
}
