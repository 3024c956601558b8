package dev.veille.poll;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Stores fetched polls on one thread, in the order they are handed over.
 *
 * <p>Why: SQLite has one writer at a time. When every poll thread stored its own result, the threads queued for
 * the write lock, and whenever the operating system paused the thread holding it, the others sat idle: a cold
 * poll of 1,000 feeds kept 1.6 of the 2 cores busy. Here a poll thread hands its result over and goes on
 * fetching; it waits only when {@code capacity} results are already waiting, which bounds the memory they hold.
 */
final class PollWriter implements AutoCloseable {

    private static final long DRAIN_SECONDS = 30;

    private final ExecutorService thread;
    private final Semaphore waiting;

    PollWriter(int capacity, String threadName) {
        this.thread = Executors.newSingleThreadExecutor(DaemonThreads.named(threadName));
        this.waiting = new Semaphore(capacity);
    }

    /** Queues {@code fetched} for storing; completes with its outcome once stored. */
    CompletableFuture<PollOutcome> store(SourcePoller.FetchedPoll fetched) {
        // Uninterruptible: the writer always drains, so a full queue frees a place within one store.
        waiting.acquireUninterruptibly();
        try {
            return CompletableFuture.supplyAsync(fetched::store, thread).whenComplete((outcome, error) -> waiting.release());
        } catch (RejectedExecutionException e) {
            waiting.release();
            throw e;
        }
    }

    /** Stores what was queued, then stops the thread. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(DRAIN_SECONDS, TimeUnit.SECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
