package dev.veille.poll;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.veille.model.Source;
import dev.veille.store.SourceStore;

/**
 * Polls due sources in the background: every tick it asks the store which sources are due and hands each to a
 * pool of {@code concurrency} workers, never the same source twice at once; the workers fetch, parse and process,
 * and one thread stores ({@link PollWriter}). New items become findable by
 * full-text search when the polls in flight are all done (indexed together, see {@link SourcePoller#indexNewItems}),
 * and at the latest at the next tick. A failing tick or poll is logged and the next tick runs as usual.
 */
public final class Scheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(35);

    private final SourceStore sources;
    private final SourcePoller poller;
    private final Duration tick;
    private final Clock clock;
    private final ScheduledExecutorService ticker;
    private final ExecutorService workers;
    private final PollWriter writer;
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
    private final AtomicReference<Instant> lastTick = new AtomicReference<>();

    public Scheduler(SourceStore sources, SourcePoller poller, int concurrency, Duration tick, Clock clock) {
        this.sources = sources;
        this.poller = poller;
        this.tick = tick;
        this.clock = clock;
        this.ticker = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("veille-scheduler"));
        this.workers = Executors.newFixedThreadPool(concurrency, DaemonThreads.named("veille-poller"));
        this.writer = new PollWriter(concurrency, "veille-poll-writer", poller::storeTogether);
    }

    public void start() {
        ticker.scheduleWithFixedDelay(this::tick, 0, tick.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** True while the scheduler runs and its last tick is recent (a stuck scheduler shows up in health). */
    public boolean isAlive() {
        Instant last = lastTick.get();
        return !ticker.isShutdown() && last != null
                && last.isAfter(clock.instant().minus(tick.multipliedBy(3)));
    }

    public int pollsInFlight() {
        return inFlight.size();
    }

    private void tick() {
        try {
            if (inFlight.isEmpty()) {
                indexNewItems(); // whatever a failed indexing left behind
            }
            for (Source source : sources.findDue(clock.instant())) {
                if (inFlight.add(source.id())) {
                    workers.execute(() -> pollOne(source));
                }
            }
        } catch (RuntimeException e) {
            LOG.error("scheduler tick failed; trying again in {} s", tick.toSeconds(), e);
        } finally {
            lastTick.set(clock.instant());
        }
    }

    private void pollOne(Source source) {
        CompletableFuture<PollOutcome> stored;
        try {
            stored = writer.store(poller.fetch(source));
        } catch (RuntimeException e) {
            stored = CompletableFuture.failedFuture(e); // the writer is closed: reported below like any failure
        }
        stored.whenComplete((outcome, error) -> {
            if (error != null) {
                LOG.error("poll of source {} could not be recorded", source.id(), error);
            }
            inFlight.remove(source.id());
            if (inFlight.isEmpty()) {
                indexNewItems();
            }
        });
    }

    // The last poll of a batch indexes the batch's items (two finishing together may both try: the second
    // finds nothing left to do).
    private void indexNewItems() {
        try {
            poller.indexNewItems();
        } catch (RuntimeException e) {
            LOG.error("indexing new items for search failed; trying again at the next tick", e);
        }
    }

    /** Stops taking new polls and lets the ones in flight finish (bounded by the fetch deadline) and be stored. */
    @Override
    public void close() {
        ticker.shutdownNow();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(SHUTDOWN_GRACE.toSeconds(), TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
        writer.close();
    }
}
