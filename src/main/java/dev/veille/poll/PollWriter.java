package dev.veille.poll;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import dev.veille.poll.SourcePoller.FetchedPoll;

/**
 * Stores fetched polls on one thread, in the order they are handed over, those waiting together in one
 * transaction.
 *
 * <p>Why: SQLite has one writer at a time. When every poll thread stored its own result, the threads queued for
 * the write lock, and whenever the operating system paused the thread holding it, the others sat idle: a cold
 * poll of 1,000 feeds kept 1.6 of the 2 cores busy. Here a poll thread hands its result over and goes on
 * fetching; it waits only when {@code capacity} results are already waiting, which bounds the memory they hold.
 * The writer is then the round's slowest part, so it takes what waits in one go: one commit instead of several.
 */
final class PollWriter implements AutoCloseable {

    private static final long DRAIN_SECONDS = 30;
    private static final long IDLE_CHECK_MILLIS = 100;

    private final Function<List<FetchedPoll>, List<PollOutcome>> storeTogether;
    private final BlockingQueue<Pending> waiting;
    private final Thread thread;
    private volatile boolean closing;

    /** {@code storeTogether}: stores a batch and returns its outcomes in order ({@link SourcePoller#storeTogether}). */
    PollWriter(int capacity, String threadName, Function<List<FetchedPoll>, List<PollOutcome>> storeTogether) {
        this.storeTogether = storeTogether;
        this.waiting = new ArrayBlockingQueue<>(capacity);
        this.thread = new Thread(this::run, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues {@code fetched} for storing, waiting while the queue is full; completes once stored. */
    CompletableFuture<PollOutcome> store(FetchedPoll fetched) {
        if (closing) {
            throw new RejectedExecutionException("the poll writer is closed");
        }
        Pending pending = new Pending(fetched, new CompletableFuture<>());
        boolean interrupted = false;
        // Uninterruptible: the writer always drains, so a full queue frees a place within one store.
        while (true) {
            try {
                waiting.put(pending);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return pending.outcome();
    }

    private void run() {
        while (!closing || !waiting.isEmpty()) {
            Pending first;
            try {
                first = waiting.poll(IDLE_CHECK_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (first != null) {
                List<Pending> batch = new ArrayList<>();
                batch.add(first);
                waiting.drainTo(batch);
                storeBatch(batch);
            }
        }
    }

    private void storeBatch(List<Pending> batch) {
        try {
            List<PollOutcome> outcomes = storeTogether.apply(batch.stream().map(Pending::fetched).toList());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).outcome().complete(outcomes.get(i));
            }
        } catch (RuntimeException | Error e) {
            // The database refused even to record the failures: each caller learns it from its outcome.
            batch.forEach(pending -> pending.outcome().completeExceptionally(e));
        }
    }

    /** Stores what was queued, then stops the thread. */
    @Override
    public void close() {
        closing = true;
        try {
            thread.join(TimeUnit.SECONDS.toMillis(DRAIN_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread.interrupt();
        // Only a hand-over racing with close, or a writer stuck past the drain time, leaves anything here.
        Pending left;
        while ((left = waiting.poll()) != null) {
            left.outcome().completeExceptionally(new RejectedExecutionException("the poll writer closed first"));
        }
    }

    private record Pending(FetchedPoll fetched, CompletableFuture<PollOutcome> outcome) {
    }
}
