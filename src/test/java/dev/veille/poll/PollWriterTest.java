package dev.veille.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import dev.veille.poll.SourcePoller.FetchedPoll;

class PollWriterTest {

    private final List<List<Long>> batches = new CopyOnWriteArrayList<>();
    private final Set<String> threads = ConcurrentHashMap.newKeySet();

    /** Stores a batch as SourcePoller.storeTogether does, recording the batches and the thread. */
    private final Function<List<FetchedPoll>, List<PollOutcome>> recordingStore = batch -> {
        threads.add(Thread.currentThread().getName());
        List<PollOutcome> outcomes = batch.stream().map(fetched -> fetched.write().get()).toList();
        batches.add(outcomes.stream().map(PollOutcome::sourceId).toList());
        return outcomes;
    };

    private static FetchedPoll ok(long sourceId) {
        return new FetchedPoll(null, 0, () -> new PollOutcome(sourceId, PollOutcome.Result.OK, 1, 200, null, 0));
    }

    private static FetchedPoll blockedUntil(CountDownLatch latch, long sourceId) {
        return new FetchedPoll(null, 0, () -> {
            await(latch);
            return new PollOutcome(sourceId, PollOutcome.Result.OK, 1, 200, null, 0);
        });
    }

    @Test
    void storesOnOneThreadInTheOrderHandedOver() throws Exception {
        List<CompletableFuture<PollOutcome>> outcomes = new ArrayList<>();
        try (PollWriter writer = new PollWriter(3, "test-writer", recordingStore)) {
            for (long id = 1; id <= 50; id++) {
                outcomes.add(writer.store(ok(id)));
            }
            for (int i = 0; i < outcomes.size(); i++) {
                assertEquals(i + 1, outcomes.get(i).get(5, TimeUnit.SECONDS).sourceId());
            }
        }
        List<Long> stored = batches.stream().flatMap(List::stream).toList();
        assertEquals(50, stored.size());
        for (int i = 0; i < stored.size(); i++) {
            assertEquals(i + 1, stored.get(i));
        }
        assertEquals(Set.of("test-writer"), threads);
    }

    @Test
    void whatWaitsWhileABatchIsStoredIsStoredTogetherNext() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (PollWriter writer = new PollWriter(4, "test-writer", recordingStore)) {
            CompletableFuture<PollOutcome> first = storeAndWaitTillTaken(writer, blockedUntil(release, 1));
            List<CompletableFuture<PollOutcome>> waiting = new ArrayList<>();
            for (long id = 2; id <= 4; id++) {
                waiting.add(writer.store(ok(id)));
            }
            release.countDown();
            assertEquals(1, first.get(5, TimeUnit.SECONDS).sourceId());
            for (CompletableFuture<PollOutcome> outcome : waiting) {
                outcome.get(5, TimeUnit.SECONDS);
            }
        }
        assertEquals(List.of(List.of(1L), List.of(2L, 3L, 4L)), batches);
    }

    @Test
    void aCallerWaitsWhileAsManyResultsAsTheCapacityAreWaiting() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (PollWriter writer = new PollWriter(2, "test-writer", recordingStore)) {
            CompletableFuture<PollOutcome> first = storeAndWaitTillTaken(writer, blockedUntil(release, 1));
            CompletableFuture<PollOutcome> second = writer.store(ok(2));
            CompletableFuture<PollOutcome> third = writer.store(ok(3));
            CompletableFuture<CompletableFuture<PollOutcome>> fourth =
                    CompletableFuture.supplyAsync(() -> writer.store(ok(4)));

            Thread.sleep(300);
            assertFalse(fourth.isDone(), "the fourth hand-over waits for a place");
            assertFalse(first.isDone());

            release.countDown();
            assertEquals(4, fourth.get(5, TimeUnit.SECONDS).get(5, TimeUnit.SECONDS).sourceId());
            assertEquals(1, first.get().sourceId());
            assertEquals(2, second.get().sourceId());
            assertEquals(3, third.get().sourceId());
        }
    }

    @Test
    void aBatchThatCannotBeStoredFailsItsOutcomesAndTheWriterGoesOn() throws Exception {
        Function<List<FetchedPoll>, List<PollOutcome>> failingOnSeven = batch -> {
            if (batch.stream().anyMatch(fetched -> fetched.write().get().sourceId() == 7)) {
                throw new IllegalStateException("database is locked");
            }
            return recordingStore.apply(batch);
        };
        try (PollWriter writer = new PollWriter(1, "test-writer", failingOnSeven)) {
            CompletableFuture<PollOutcome> failing = writer.store(ok(7));

            ExecutionException error = assertThrows(ExecutionException.class, () -> failing.get(5, TimeUnit.SECONDS));
            assertEquals("database is locked", error.getCause().getMessage());
            // The writer goes on: what is handed over next is stored.
            assertEquals(8, writer.store(ok(8)).get(5, TimeUnit.SECONDS).sourceId());
        }
    }

    @Test
    void closingStoresWhatWasHandedOver() {
        List<CompletableFuture<PollOutcome>> outcomes = new ArrayList<>();
        CountDownLatch release = new CountDownLatch(1);
        PollWriter writer = new PollWriter(10, "test-writer", recordingStore);
        outcomes.add(writer.store(blockedUntil(release, 1)));
        for (long id = 2; id <= 5; id++) {
            outcomes.add(writer.store(ok(id)));
        }
        CompletableFuture.runAsync(() -> {
            sleep(100);
            release.countDown();
        });

        writer.close();

        for (int i = 0; i < outcomes.size(); i++) {
            assertTrue(outcomes.get(i).isDone(), "stored before close returned");
            assertEquals(i + 1, outcomes.get(i).join().sourceId());
        }
        assertThrows(java.util.concurrent.RejectedExecutionException.class, () -> writer.store(ok(6)));
    }

    /** Hands {@code fetched} over and returns once the writer has taken it (and is stuck in it, if it blocks). */
    private CompletableFuture<PollOutcome> storeAndWaitTillTaken(PollWriter writer, FetchedPoll fetched)
            throws InterruptedException {
        CompletableFuture<PollOutcome> outcome = writer.store(fetched);
        while (!threads.contains("test-writer")) {
            Thread.sleep(5);
        }
        return outcome;
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
