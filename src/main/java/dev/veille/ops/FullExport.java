package dev.veille.ops;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.veille.model.ConflictException;
import dev.veille.model.DigestFields;
import dev.veille.model.DigestStatus;
import dev.veille.model.InvalidInputException;
import dev.veille.model.LinkFields;
import dev.veille.model.NewSource;
import dev.veille.model.Section;
import dev.veille.model.SourceKind;
import dev.veille.process.UrlNormalizer;
import dev.veille.store.DigestImportStore;
import dev.veille.store.DigestStore;
import dev.veille.store.FullImportStore;
import dev.veille.store.LinkStore;
import dev.veille.store.SectionStore;
import dev.veille.store.SourceStore;

/** Exports every source, section, link and digest as one document, and loads one into an empty database. */
public final class FullExport {

    private final SectionStore sections;
    private final SourceStore sources;
    private final LinkStore links;
    private final DigestStore digests;
    private final FullImportStore importer;
    private final Clock clock;

    public FullExport(SectionStore sections, SourceStore sources, LinkStore links, DigestStore digests,
                      FullImportStore importer, Clock clock) {
        this.sections = sections;
        this.sources = sources;
        this.links = links;
        this.digests = digests;
        this.importer = importer;
        this.clock = clock;
    }

    public ExportDocument export() {
        List<ExportDocument.SourceEntry> sourceEntries = sources.findAll().stream()
                .sorted(Comparator.comparingLong(s -> s.id()))
                .map(s -> new ExportDocument.SourceEntry(s.kind().wireName(), s.url(), s.repo(), s.title(), s.section(),
                        s.intervalMinutes(), s.includePrereleases(), s.selectors()))
                .toList();
        List<ExportDocument.LinkEntry> linkEntries = links.list(null, null, null).stream()
                .sorted(Comparator.comparing((dev.veille.model.Link l) -> l.month()).thenComparing(l -> l.section())
                        .thenComparingInt(l -> l.position()))
                .map(l -> new ExportDocument.LinkEntry(l.month(), l.section(), l.position(), l.url(), l.title(),
                        l.commentary(), l.tags(), l.related(), l.via(), l.createdAt(), l.updatedAt()))
                .toList();
        List<ExportDocument.DigestEntry> digestEntries = digests.findAll().stream()
                .map(d -> new ExportDocument.DigestEntry(d.month(), d.title(), d.date(), d.intro(), d.tip(), d.outro(),
                        d.tags(), d.status().wireName(), d.publishedAt()))
                .toList();
        return new ExportDocument(ExportDocument.FORMAT, ExportDocument.VERSION,
                clock.instant().truncatedTo(ChronoUnit.SECONDS), sections.findAll().stream().map(Section::name).toList(),
                sourceEntries, linkEntries, digestEntries);
    }

    /** Loads a document into a database that has no source, link or digest yet; all of it or nothing. */
    public void importInto(ExportDocument document) {
        if (!ExportDocument.FORMAT.equals(document.format()) || document.version() != ExportDocument.VERSION) {
            throw new InvalidInputException("not a Veille export of version " + ExportDocument.VERSION
                    + " (format '" + document.format() + "', version " + document.version() + ")");
        }
        if (importer.countContent() > 0) {
            throw new ConflictException("the database already has sources, links or digests: import into an empty one");
        }
        List<NewSource> newSources = new ArrayList<>();
        for (ExportDocument.SourceEntry s : orEmpty(document.sources())) {
            SourceKind kind;
            try {
                kind = SourceKind.fromWire(s.kind());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("sources: " + e.getMessage());
            }
            newSources.add(new NewSource(kind, s.url(), s.repo(), s.title(), s.section(), s.intervalMinutes(),
                    s.includePrereleases(), s.selectors()));
        }
        List<DigestImportStore.PostLink> postLinks = new ArrayList<>();
        orEmpty(document.links()).stream()
                .sorted(Comparator.comparing(ExportDocument.LinkEntry::month)
                        .thenComparing(ExportDocument.LinkEntry::section)
                        .thenComparingInt(ExportDocument.LinkEntry::position))
                .forEach(l -> postLinks.add(new DigestImportStore.PostLink(l.section(), new LinkFields(l.url(),
                        UrlNormalizer.normalize(l.url()), l.title(), l.commentary() == null ? "" : l.commentary(), 0,
                        orEmpty(l.tags()), l.month(), orEmpty(l.related()), l.via(), null, null))));
        List<DigestFields> digestFields = orEmpty(document.digests()).stream()
                .map(d -> new DigestFields(d.month(), d.title(), d.date(), d.intro() == null ? "" : d.intro(),
                        d.tip() == null ? new dev.veille.model.Tip("", "") : d.tip(), d.outro() == null ? "" : d.outro(),
                        d.tags(), "published".equals(d.status()) ? DigestStatus.PUBLISHED : DigestStatus.DRAFT,
                        d.publishedAt()))
                .toList();
        importer.load(orEmpty(document.sections()), newSources, postLinks, digestFields,
                clock.instant().truncatedTo(ChronoUnit.SECONDS));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
