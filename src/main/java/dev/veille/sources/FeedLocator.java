package dev.veille.sources;

import java.util.List;

import dev.veille.fetch.FetchRequest;
import dev.veille.fetch.FetchResult;
import dev.veille.fetch.Fetcher;
import dev.veille.model.InvalidInputException;
import dev.veille.parse.FeedDiscovery;
import dev.veille.parse.FeedParseException;
import dev.veille.parse.FeedParser;
import dev.veille.parse.ParsedFeed;

/**
 * Finds the feed behind a URL the curator gave: the URL itself when it serves a feed, otherwise the first
 * feed its HTML page announces with {@code <link rel="alternate">}. Each failure says what was tried.
 */
public final class FeedLocator {

    /** Where the feed is, after redirects and discovery, and what it calls itself (may be null). */
    public record LocatedFeed(String url, String title) {
    }

    private static final int MAX_CANDIDATES = 5;

    private final Fetcher fetcher;
    private final FeedParser parser;
    private final FeedDiscovery discovery;

    public FeedLocator(Fetcher fetcher, FeedParser parser, FeedDiscovery discovery) {
        this.fetcher = fetcher;
        this.parser = parser;
        this.discovery = discovery;
    }

    public LocatedFeed locate(String url) {
        FetchResult.Fetched page = fetch(url);
        try {
            return located(page, parser.parse(page.body(), page.contentType(), page.finalUrl()));
        } catch (FeedParseException notAFeed) {
            List<String> candidates = discovery.discover(page.body(), page.contentType(), page.finalUrl());
            if (candidates.isEmpty()) {
                throw new InvalidInputException("url: " + url + " is not a feed (" + notAFeed.getMessage()
                        + ") and its page announces no feed");
            }
            String lastProblem = null;
            for (String candidate : candidates.subList(0, Math.min(MAX_CANDIDATES, candidates.size()))) {
                try {
                    FetchResult.Fetched feed = fetch(candidate);
                    return located(feed, parser.parse(feed.body(), feed.contentType(), feed.finalUrl()));
                } catch (FeedParseException | InvalidInputException e) {
                    lastProblem = candidate + ": " + e.getMessage();
                }
            }
            throw new InvalidInputException("url: the page " + url + " announces " + candidates.size()
                    + " feed(s) but none could be read; last: " + lastProblem);
        }
    }

    private FetchResult.Fetched fetch(String url) {
        FetchResult result = fetcher.fetch(FetchRequest.of(url));
        if (result instanceof FetchResult.Fetched fetched) {
            return fetched;
        }
        String problem;
        if (result instanceof FetchResult.Failed failed) {
            problem = failed.message();
        } else if (result instanceof FetchResult.Gone) {
            problem = url + " answered 410 Gone";
        } else {
            problem = url + " answered 304 to a request without validators";
        }
        throw new InvalidInputException("url: could not fetch " + url + ": " + problem);
    }

    private static LocatedFeed located(FetchResult.Fetched fetched, ParsedFeed feed) {
        String url = fetched.movedPermanentlyTo() != null ? fetched.movedPermanentlyTo() : fetched.finalUrl();
        return new LocatedFeed(url, feed.title());
    }
}
