package dev.veille.process;

import dev.veille.model.NewItem;
import dev.veille.model.Source;
import dev.veille.model.SourceKind;
import dev.veille.parse.ParsedEntry;
import dev.veille.parse.ParsedFeed;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the entries of one parsed feed into items ready to store — absolute http(s) links, plain-text titles
 * and summaries of bounded size, sane dates, categories, release versions — and says why any entry was left
 * out. Pure: no I/O, and the time of the fetch is passed in.
 */
public final class ItemProcessor {

    /** Long enough for any real headline; a megabyte "title" must not reach the database. */
    static final int MAX_TITLE_CHARS = 500;
    static final int MAX_SUMMARY_CHARS = 1_000;
    /** Servers and browsers stop around 8 KB; anything longer is an inlined payload, not a link. */
    static final int MAX_URL_CHARS = 8_192;
    /** Clocks and time zones drift; beyond this a date is a feed bug (year 9999 exists) and would pin the item on top. */
    static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);
    /** How much of a title or link a skip reason quotes. */
    private static final int MAX_QUOTED_CHARS = 80;

    /**
     * Processes {@code feed}'s entries in document order. An entry whose guid repeats one already kept from this
     * feed is skipped: the first wins.
     */
    public ProcessedEntries process(Source source, ParsedFeed feed, Instant fetchedAt) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        List<NewItem> items = new ArrayList<>();
        List<SkippedEntry> skipped = new ArrayList<>();
        Set<String> keptGuids = new HashSet<>();
        for (ParsedEntry entry : feed.entries()) {
            EntryOutcome outcome = processEntry(source, entry, fetchedAt);
            if (outcome instanceof Skipped skip) {
                skipped.add(new SkippedEntry(entry, skip.reason()));
                continue;
            }
            NewItem item = ((Kept) outcome).item();
            if (keptGuids.add(item.guid())) {
                items.add(item);
            } else {
                skipped.add(new SkippedEntry(entry, reason(item.title(),
                        "guid '" + quoted(item.guid()) + "' repeats an earlier entry of this feed")));
            }
        }
        return new ProcessedEntries(items, skipped);
    }

    private EntryOutcome processEntry(Source source, ParsedEntry entry, Instant fetchedAt) {
        String title = PlainText.fromMarkup(entry.title());
        String label = title.isEmpty() ? Objects.requireNonNullElse(entry.guid(), "").strip() : title;
        String rawLink = entry.url() == null ? "" : entry.url();
        if (rawLink.isBlank()) {
            return new Skipped(reason(label, "it has no link"));
        }
        if (rawLink.length() > MAX_URL_CHARS) {
            return new Skipped(reason(label, "its link is " + rawLink.length()
                    + " characters long, over the limit of " + MAX_URL_CHARS));
        }
        Optional<UriReference> resolved = LinkResolver.resolve(source.url(), rawLink);
        if (resolved.isEmpty()) {
            return new Skipped(reason(label, "link '" + quoted(rawLink)
                    + "' is relative and cannot be resolved against '" + source.url() + "'"));
        }
        UriReference link = resolved.get();
        if (!isHttp(link)) {
            return new Skipped(reason(label, "link '" + quoted(rawLink) + "' is not http(s)"));
        }
        if (link.host().isEmpty()) {
            return new Skipped(reason(label, "link '" + quoted(rawLink) + "' has no host"));
        }
        String url = link.recompose();
        String itemTitle = TextShortener.shorten(title.isEmpty() ? url : title, MAX_TITLE_CHARS);

        ReleaseVersion release = source.kind() == SourceKind.GITHUB
                ? ReleaseVersion.parse(title, url)
                : new ReleaseVersion(null, false);
        if (release.prerelease() && !source.includePrereleases()) {
            return new Skipped(reason(label, "prerelease"
                    + release.versionIfFound().map(version -> " " + version).orElse("")
                    + " and the source does not include prereleases"));
        }

        String ownGuid = entry.guid() == null ? "" : withoutInvisibleControls(entry.guid()).strip();
        String guid = ownGuid.isEmpty() ? url : ownGuid;
        String summary = TextShortener.shorten(PlainText.fromMarkup(entry.summary()), MAX_SUMMARY_CHARS);
        return new Kept(new NewItem(
                guid,
                url,
                UrlNormalizer.normalize(url),
                itemTitle,
                summary.isEmpty() ? null : summary,
                publishedAt(entry, fetchedAt),
                Categories.merge(entry.categories(), source.section()),
                release.version(),
                release.prerelease()));
    }

    // A NUL or other control character in a guid (JSON Feed's "\u0000" gets past the XML cleaning) is never
    // part of what the publisher meant, and would be stored and served back as is.
    private static String withoutInvisibleControls(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.chars().filter(c -> !Character.isISOControl(c) || Character.isWhitespace(c))
                .forEach(c -> kept.append((char) c));
        return kept.toString();
    }

    private static boolean isHttp(UriReference link) {
        String scheme = link.scheme().toLowerCase(Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https");
    }

    // An undated entry is dated when we first saw it; a far-future one likewise, rather than pinned on top.
    private static Instant publishedAt(ParsedEntry entry, Instant fetchedAt) {
        Instant published = entry.published();
        if (published == null || published.isAfter(fetchedAt.plus(FUTURE_TOLERANCE))) {
            return fetchedAt;
        }
        return published;
    }

    private static String reason(String label, String why) {
        return "skipped '" + quoted(label.isEmpty() ? "(untitled)" : label) + "': " + why;
    }

    private static String quoted(String text) {
        return TextShortener.shorten(text, MAX_QUOTED_CHARS);
    }

    /** The result for one entry before the feed-wide guid check. */
    private sealed interface EntryOutcome permits Kept, Skipped {
    }

    private record Kept(NewItem item) implements EntryOutcome {
    }

    private record Skipped(String reason) implements EntryOutcome {
    }
}
