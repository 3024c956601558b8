package dev.veille.poll;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.veille.fetch.FetchRequest;
import dev.veille.fetch.FetchResult;
import dev.veille.fetch.Fetcher;
import dev.veille.model.Source;
import dev.veille.model.SourceKind;
import dev.veille.parse.FeedParseException;
import dev.veille.parse.FeedParser;
import dev.veille.parse.PageParser;
import dev.veille.parse.ParsedFeed;
import dev.veille.process.ItemProcessor;
import dev.veille.process.ProcessedEntries;
import dev.veille.store.PollStore;

/**
 * Polls one source: fetch, parse, process, store, and records the outcome on the source. Whatever goes wrong
 * ends as that source's recorded error; nothing escapes to the caller, so one source never stops the others.
 */
public final class SourcePoller {

    private static final Logger LOG = LoggerFactory.getLogger(SourcePoller.class);

    private final Fetcher fetcher;
    private final FeedParser feedParser;
    private final PageParser pageParser;
    private final ItemProcessor processor;
    private final PollStore polls;
    private final BackoffPolicy backoff;
    private final PollObserver observer;
    private final Clock clock;

    public SourcePoller(Fetcher fetcher, FeedParser feedParser, PageParser pageParser, ItemProcessor processor,
                        PollStore polls, BackoffPolicy backoff, PollObserver observer, Clock clock) {
        this.fetcher = fetcher;
        this.feedParser = feedParser;
        this.pageParser = pageParser;
        this.processor = processor;
        this.polls = polls;
        this.backoff = backoff;
        this.observer = observer;
        this.clock = clock;
    }

    /**
     * Polls one source on its own, as the API's "poll now" does: its new items are findable by full-text search
     * when this returns.
     */
    public PollOutcome pollNow(Source source) {
        PollOutcome outcome = poll(source);
        if (outcome.newItems() > 0) {
            indexNewItems();
        }
        return outcome;
    }

    /**
     * Polls one source within a round: its new items are stored, but found by full-text search only once the
     * round calls {@link #indexNewItems()}, which indexes them all in one go.
     */
    public PollOutcome poll(Source source) {
        return fetch(source).store();
    }

    /**
     * The first half of a poll, which writes nothing: fetch, parse and process. What it returns stores the
     * result, so that the slow half can run on many threads and the writing on one ({@link PollRound}).
     */
    public FetchedPoll fetch(Source source) {
        long started = System.nanoTime();
        try {
            return fetchAndProcess(source, started);
        } catch (RuntimeException e) {
            return unexpectedFailure(source, e, started);
        }
    }

    /** A fetched source waiting to be stored. */
    @FunctionalInterface
    public interface FetchedPoll {

        /**
         * Records the poll on the source (and its new items), logs it and tells the observer. Whatever goes wrong
         * is recorded as the source's error; only a database that cannot record even that throws.
         */
        PollOutcome store();
    }

    /** Makes the items stored by earlier polls findable by full-text search; returns how many were indexed. */
    public int indexNewItems() {
        return polls.indexNewItems();
    }

    private FetchedPoll fetchAndProcess(Source source, long started) {
        FetchResult result = fetcher.fetch(new FetchRequest(source.url(), source.etag(), source.lastModified()));
        Instant now = now();
        if (result instanceof FetchResult.NotModified notModified) {
            return recorded(source, started, () -> {
                polls.saveNotModified(source.id(), notModified.status(), now, backoff.afterSuccess(source, now));
                return outcome(source, PollOutcome.Result.NOT_MODIFIED, 0, notModified.status(), null, started);
            });
        }
        if (result instanceof FetchResult.Gone gone) {
            String error = source.url() + " answered 410 Gone: polling stopped until the source is edited or polled by hand";
            return recorded(source, started, () -> {
                polls.saveGone(source.id(), gone.status(), error, now);
                return outcome(source, PollOutcome.Result.ERROR, 0, gone.status(), error, started);
            });
        }
        if (result instanceof FetchResult.Failed failed) {
            return recorded(source, started,
                    () -> recordFailure(source, failed.status(), failed.retryAfter(), failed.message(), started));
        }
        FetchResult.Fetched fetched = (FetchResult.Fetched) result;
        // The stores below capture the status, not the fetched body, which may weigh megabytes.
        int status = fetched.status();
        ParsedFeed feed;
        try {
            feed = parse(source, fetched);
        } catch (FeedParseException e) {
            return recorded(source, started, () -> recordFailure(source, status, null, e.getMessage(), started));
        }
        ProcessedEntries processed = processor.process(source, feed, now);
        processed.skipped().forEach(reason -> LOG.debug("source {}: {}", source.id(), reason));
        String url = fetched.movedPermanentlyTo() != null ? fetched.movedPermanentlyTo() : source.url();
        PollStore.SuccessfulFetch success = new PollStore.SuccessfulFetch(url, fetched.etag(), fetched.lastModified(),
                status);
        PollStore.ItemRows rows = PollStore.ItemRows.of(processed.items());
        return recorded(source, started, () -> {
            int inserted = polls.saveSuccess(source.id(), success, rows, now, backoff.afterSuccess(source, now));
            return outcome(source, PollOutcome.Result.OK, inserted, status, null, started);
        });
    }

    /** The store half: {@code write} records the poll; a failure there is recorded as the source's error. */
    private FetchedPoll recorded(Source source, long started, Supplier<PollOutcome> write) {
        return () -> {
            PollOutcome outcome;
            try {
                outcome = write.get();
            } catch (RuntimeException e) {
                outcome = recordUnexpected(source, e, started);
            }
            LOG.info("poll source={} url={} result={} status={} new={} ms={}{}", source.id(), source.url(),
                    outcome.result().wireName(), outcome.status(), outcome.newItems(), outcome.millis(),
                    outcome.error() == null ? "" : " error=\"" + outcome.error() + "\"");
            observer.polled(outcome);
            return outcome;
        };
    }

    private FetchedPoll unexpectedFailure(Source source, RuntimeException e, long started) {
        return recorded(source, started, () -> recordUnexpected(source, e, started));
    }

    // A bug or a storage problem: recorded on the source like any other failure, never thrown at the caller.
    private PollOutcome recordUnexpected(Source source, RuntimeException e, long started) {
        LOG.error("poll of source {} ({}) failed unexpectedly", source.id(), source.url(), e);
        return recordFailure(source, null, null, "internal error: " + e, started);
    }

    private ParsedFeed parse(Source source, FetchResult.Fetched fetched) throws FeedParseException {
        if (source.kind() == SourceKind.PAGE) {
            return pageParser.parse(fetched.body(), fetched.contentType(), fetched.finalUrl(), source.selectors());
        }
        return feedParser.parse(fetched.body(), fetched.contentType(), fetched.finalUrl());
    }

    private PollOutcome recordFailure(Source source, Integer status, java.time.Duration retryAfter, String error,
                                      long started) {
        Instant now = now();
        int errorCount = source.errorCount() + 1;
        polls.saveFailure(source.id(), status, error, errorCount, now,
                backoff.afterFailure(source, errorCount, retryAfter, now));
        return outcome(source, PollOutcome.Result.ERROR, 0, status, error, started);
    }

    private static PollOutcome outcome(Source source, PollOutcome.Result result, int newItems, Integer status,
                                       String error, long started) {
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new PollOutcome(source.id(), result, newItems, status, error, millis);
    }

    // Stored times have second precision: the API shows them that way and comparisons stay exact.
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
