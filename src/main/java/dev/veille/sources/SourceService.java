package dev.veille.sources;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import dev.veille.model.ConflictException;
import dev.veille.model.InvalidInputException;
import dev.veille.model.NewSource;
import dev.veille.model.NotFoundException;
import dev.veille.model.Selectors;
import dev.veille.model.Source;
import dev.veille.model.SourceChanges;
import dev.veille.model.SourceKind;
import dev.veille.process.PlainText;
import dev.veille.process.TextShortener;
import dev.veille.store.SourceStore;

/**
 * Adds, edits and removes sources with their rules: a feed URL is checked (and discovered from a site's page)
 * before it is stored; a GitHub repo becomes its releases.atom URL; a page needs valid selectors.
 */
public final class SourceService {

    private final SourceStore store;
    private final FeedLocator locator;
    private final String githubUrl;
    private final Clock clock;

    public SourceService(SourceStore store, FeedLocator locator, String githubUrl, Clock clock) {
        this.store = store;
        this.locator = locator;
        this.githubUrl = githubUrl;
        this.clock = clock;
    }

    public List<Source> list() {
        return store.findAll();
    }

    public Source get(long id) {
        return store.findById(id).orElseThrow(() -> new NotFoundException("no source with id " + id));
    }

    /** Adds a source as the curator asks: a feed URL is fetched first, and a site's page leads to its feed. */
    public Source add(SourceRequest request) {
        NewSource source = validate(request);
        if (source.kind() == SourceKind.FEED) {
            FeedLocator.LocatedFeed feed = locator.locate(source.url());
            String title = source.title() != null ? source.title() : feedTitle(feed.title());
            source = new NewSource(source.kind(), feed.url(), null, title, source.section(),
                    source.intervalMinutes(), false, null);
        }
        return insert(source);
    }

    /** Adds a source without any network access (OPML import, defaults): it is checked at its first poll. */
    public Source addOffline(SourceRequest request) {
        return insert(validate(request));
    }

    public Source update(long id, SourcePatch patch) {
        Source current = get(id);
        String url = current.url();
        if (patch.url() != null) {
            if (current.kind() == SourceKind.GITHUB) {
                throw new InvalidInputException("url of a github source follows its repo and cannot be edited");
            }
            url = SourceRules.httpUrl("url", patch.url());
            ensureFree(url, id);
        }
        String title = patch.title() == null ? current.title() : SourceRules.title(patch.title());
        if (title == null) {
            throw new InvalidInputException("title cannot be empty");
        }
        String section = patch.section() == null ? current.section() : SourceRules.blankToNull(patch.section());
        int interval = patch.intervalMinutes() == null ? current.intervalMinutes()
                : SourceRules.interval(patch.intervalMinutes());
        boolean prereleases = patch.includePrereleases() == null ? current.includePrereleases()
                : patch.includePrereleases();
        Selectors selectors = current.selectors();
        if (patch.selectors() != null) {
            if (current.kind() != SourceKind.PAGE) {
                throw new InvalidInputException("selectors apply only to page sources");
            }
            selectors = SourceRules.pageSelectors(patch.selectors());
        }
        store.update(id, new SourceChanges(url, title, section, interval, prereleases, selectors));
        if (!url.equals(current.url()) || (selectors != null && !selectors.equals(current.selectors()))) {
            // A new address or new selectors deserve a poll now, and may bring a gone source back.
            store.makeDue(id, now());
        }
        return get(id);
    }

    public void delete(long id) {
        if (store.delete(id) == 0) {
            throw new NotFoundException("no source with id " + id);
        }
    }

    private NewSource validate(SourceRequest request) {
        if (request.kind() == null) {
            throw new InvalidInputException("kind is required: feed, github or page");
        }
        SourceKind kind;
        try {
            kind = SourceKind.fromWire(request.kind().trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        }
        String title = SourceRules.title(request.title());
        String section = SourceRules.blankToNull(request.section());
        int interval = SourceRules.interval(request.intervalMinutes());
        boolean prereleases = Boolean.TRUE.equals(request.includePrereleases());
        return switch (kind) {
            case FEED -> new NewSource(kind, SourceRules.httpUrl("url", request.url()), null, title, section,
                    interval, false, null);
            case GITHUB -> {
                String repo = SourceRules.repo(request.repo() != null ? request.repo() : request.url());
                yield new NewSource(kind, githubUrl + "/" + repo + "/releases.atom", repo,
                        title != null ? title : repo, section, interval, prereleases, null);
            }
            case PAGE -> new NewSource(kind, SourceRules.httpUrl("url", request.url()), null, title, section,
                    interval, false, SourceRules.pageSelectors(request.selectors()));
        };
    }

    /** Stores the source, named after its host when nothing better is known. */
    private Source insert(NewSource source) {
        ensureFree(source.url(), -1);
        if (source.title() == null) {
            source = new NewSource(source.kind(), source.url(), source.repo(), hostOf(source.url()),
                    source.section(), source.intervalMinutes(), source.includePrereleases(), source.selectors());
        }
        return store.insert(source, now());
    }

    private void ensureFree(String url, long exceptId) {
        store.findByUrl(url).filter(existing -> existing.id() != exceptId).ifPresent(existing -> {
            throw new ConflictException("a source with url " + url + " already exists (id " + existing.id() + ")");
        });
    }

    // A feed's own title may hold markup and be of any length; null lets insert() fall back to the host.
    private static String feedTitle(String title) {
        String text = title == null ? "" : PlainText.fromMarkup(title);
        return text.isBlank() ? null : TextShortener.shorten(text, SourceRules.MAX_TITLE_LENGTH);
    }

    private static String hostOf(String url) {
        String host = URI.create(url).getHost();
        return host == null ? url : host;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
