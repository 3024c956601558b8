package dev.veille.publish;

import java.net.URI;
import java.time.Clock;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import dev.veille.curate.Months;
import dev.veille.curate.TagSuggester;
import dev.veille.model.ConflictException;
import dev.veille.model.DigestFields;
import dev.veille.model.DigestStatus;
import dev.veille.model.InvalidInputException;
import dev.veille.model.LinkFields;
import dev.veille.model.RelatedLink;
import dev.veille.model.Tip;
import dev.veille.process.UrlNormalizer;
import dev.veille.store.DigestImportStore;
import dev.veille.store.DigestStore;
import dev.veille.store.LinkStore;

/**
 * Brings a past post in as the published digest of its month, so earlier years feed the "already published"
 * check and the tag vocabulary: each link gets the post's tags that its title or commentary mentions.
 */
public final class DigestImport {

    /** What an import did: the month, how many links, and what of the post could not be placed. */
    public record Report(String month, int links, List<String> warnings) {
    }

    private final DigestMarkdownReader reader;
    private final DigestImportStore store;
    private final DigestStore digests;
    private final LinkStore links;
    private final TagSuggester tags;
    private final Clock clock;

    public DigestImport(DigestMarkdownReader reader, DigestImportStore store, DigestStore digests, LinkStore links,
                        TagSuggester tags, Clock clock) {
        this.reader = reader;
        this.store = store;
        this.digests = digests;
        this.links = links;
        this.tags = tags;
        this.clock = clock;
    }

    /** Imports a post; {@code month} (YYYY-MM) is needed only when the post's date or title does not say it. */
    public Report importPost(String markdown, String month) {
        if (markdown == null || markdown.isBlank()) {
            throw new InvalidInputException("the post is empty");
        }
        ImportedDigest post = reader.read(markdown);
        String target = month != null && !month.isBlank() ? Months.parse("month", month) : monthOf(post);
        if (digests.isPublished(target).orElse(false) || !links.list(target, null, null).isEmpty()) {
            throw new ConflictException("month " + target + " already has a digest or links: import it into an"
                    + " empty month");
        }
        List<String> warnings = new ArrayList<>(post.warnings());
        List<DigestImportStore.PostLink> rows = new ArrayList<>();
        for (ImportedSection section : post.sections()) {
            for (ImportedLink link : section.links()) {
                if (!isHttp(link.url())) {
                    warnings.add("skipped '" + link.title() + "': its URL '" + link.url() + "' is not http(s)");
                    continue;
                }
                String title = link.title() == null || link.title().isBlank() ? link.url() : link.title();
                List<RelatedLink> related = link.related().stream().filter(r -> isHttp(r.url())).toList();
                rows.add(new DigestImportStore.PostLink(section.name(), new LinkFields(link.url(),
                        UrlNormalizer.normalize(link.url()), title, text(link.commentary()), 0,
                        tags.suggest(title + " " + text(link.commentary()), post.tags()), target, related,
                        link.via(), null, null)));
            }
        }
        Tip tip = post.tip() == null ? new Tip("", "") : new Tip(text(post.tip().title()), text(post.tip().body()));
        DigestFields fields = new DigestFields(target, post.title(), post.date(), text(post.intro()), tip,
                text(post.outro()), post.tags(), DigestStatus.PUBLISHED,
                clock.instant().truncatedTo(ChronoUnit.SECONDS));
        store.save(fields, rows, clock.instant().truncatedTo(ChronoUnit.SECONDS));
        return new Report(target, rows.size(), List.copyOf(warnings));
    }

    private static String monthOf(ImportedDigest post) {
        if (post.date() != null) {
            return YearMonth.from(post.date()).toString();
        }
        return FrenchMonths.findIn(post.title() == null ? "" : post.title()).map(YearMonth::toString)
                .orElseThrow(() -> new InvalidInputException("month: the post has no date and its title names no"
                        + " month; give the month (YYYY-MM)"));
    }

    private static boolean isHttp(String url) {
        try {
            URI uri = new URI(url == null ? "" : url.strip());
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
