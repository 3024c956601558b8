package dev.veille.poll;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
        return store(fetch(source));
    }

    /**
     * The first half of a poll, which writes nothing: fetch, parse and process. What it returns is stored by
     * {@link #store} or {@link #storeTogether}, so that the slow half can run on many threads and the writing on
     * one ({@link PollWriter}).
     */
    public FetchedPoll fetch(Source source) {
        long started = System.nanoTime();
        try {
            return fetchAndProcess(source, started);
        } catch (RuntimeException e) {
            return new FetchedPoll(source, started, () -> recordUnexpected(source, e, started));
        }
    }

    /**
     * A fetched source waiting to be stored: {@code write} records the poll on the source (and its new items) and
     * throws if the database refuses.
     */
    public record FetchedPoll(Source source, long started, Supplier<PollOutcome> write) {
    }

    /**
     * Stores one fetched poll in its own transaction, logs it and tells the observer. A failure to write is
     * recorded as the source's error; only a database that cannot record even that throws.
     */
    public PollOutcome store(FetchedPoll fetched) {
        PollOutcome outcome;
        try {
            outcome = fetched.write().get();
        } catch (RuntimeException e) {
            outcome = recordUnexpected(fetched.source(), e, fetched.started());
        }
        report(outcome, fetched.source());
        return outcome;
    }

    /**
     * Stores fetched polls in one transaction: each commit writes every page it touched, and polls of the same
     * hours touch the same index pages. If any write fails, nothing of the batch is kept and each poll is stored
     * on its own by {@link #store}, so a failure is still recorded on its own source only.
     */
    public List<PollOutcome> storeTogether(List<FetchedPoll> batch) {
        if (batch.size() == 1) {
            return List.of(store(batch.get(0)));
        }
        List<PollOutcome> outcomes;
        try {
            outcomes = polls.inOneTransaction(() -> batch.stream().map(fetched -> fetched.write().get()).toList());
        } catch (RuntimeException e) {
            LOG.warn("storing {} polls together failed ({}); storing them one by one", batch.size(), e.toString());
            return batch.stream().map(this::store).toList();
        }
        for (int i = 0; i < batch.size(); i++) {
            report(outcomes.get(i), batch.get(i).source());
        }
        return outcomes;
    }

    /** Makes the items stored by earlier polls findable by full-text search; returns how many were indexed. */
    public int indexNewItems() {
        return polls.indexNewItems();
    }

    private FetchedPoll fetchAndProcess(Source source, long started) {
        FetchResult result = fetcher.fetch(new FetchRequest(source.url(), source.etag(), source.lastModified()));
        Instant now = now();
        if (result instanceof FetchResult.NotModified notModified) {
            return new FetchedPoll(source, started, () -> {
                polls.saveNotModified(source.id(), notModified.status(), now, backoff.afterSuccess(source, now));
                return outcome(source, PollOutcome.Result.NOT_MODIFIED, 0, notModified.status(), null, started);
            });
        }
        if (result instanceof FetchResult.Gone gone) {
            String error = source.url() + " answered 410 Gone: polling stopped until the source is edited or polled by hand";
            return new FetchedPoll(source, started, () -> {
                polls.saveGone(source.id(), gone.status(), error, now);
                return outcome(source, PollOutcome.Result.ERROR, 0, gone.status(), error, started);
            });
        }
        if (result instanceof FetchResult.Failed failed) {
            return new FetchedPoll(source, started,
                    () -> recordFailure(source, failed.status(), failed.retryAfter(), failed.message(), started));
        }
        FetchResult.Fetched fetched = (FetchResult.Fetched) result;
        // The writes below capture the status, not the fetched body, which may weigh megabytes.
        int status = fetched.status();
        ParsedFeed feed;
        try {
            feed = parse(source, fetched);
        } catch (FeedParseException e) {
            return new FetchedPoll(source, started, () -> recordFailure(source, status, null, e.getMessage(), started));
        }
        ProcessedEntries processed = processor.process(source, feed, now);
        processed.skipped().forEach(reason -> LOG.debug("source {}: {}", source.id(), reason));
        String url = fetched.movedPermanentlyTo() != null ? fetched.movedPermanentlyTo() : source.url();
        PollStore.SuccessfulFetch success = new PollStore.SuccessfulFetch(url, fetched.etag(), fetched.lastModified(),
                status);
        PollStore.ItemRows rows = PollStore.ItemRows.of(processed.items());
        return new FetchedPoll(source, started, () -> {
            int inserted = polls.saveSuccess(source.id(), success, rows, now, backoff.afterSuccess(source, now));
            return outcome(source, PollOutcome.Result.OK, inserted, status, null, started);
        });
    }

    private void report(PollOutcome outcome, Source source) {
        LOG.info("poll source={} url={} result={} status={} new={} ms={}{}", source.id(), source.url(),
                outcome.result().wireName(), outcome.status(), outcome.newItems(), outcome.millis(),
                outcome.error() == null ? "" : " error=\"" + outcome.error() + "\"");
        observer.polled(outcome);
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
