package dev.veille.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class PollWriterTest {

    private static PollOutcome ok(long sourceId) {
        return new PollOutcome(sourceId, PollOutcome.Result.OK, 1, 200, null, 0);
    }

    @Test
    void storesOnOneThreadInTheOrderHandedOver() throws Exception {
        List<Long> stored = new ArrayList<>();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<CompletableFuture<PollOutcome>> outcomes = new ArrayList<>();
        try (PollWriter writer = new PollWriter(3, "test-writer")) {
            for (long id = 1; id <= 50; id++) {
                long sourceId = id;
                outcomes.add(writer.store(() -> {
                    threads.add(Thread.currentThread().getName());
                    stored.add(sourceId); // one thread: no lock needed, which is the point
                    return ok(sourceId);
                }));
            }
            for (int i = 0; i < outcomes.size(); i++) {
                assertEquals(i + 1, outcomes.get(i).get(5, TimeUnit.SECONDS).sourceId());
            }
        }
        assertEquals(50, stored.size());
        for (int i = 0; i < stored.size(); i++) {
            assertEquals(i + 1, stored.get(i));
        }
        assertEquals(Set.of("test-writer-1"), threads);
    }

    @Test
    void aCallerWaitsWhileAsManyResultsAsTheCapacityAreWaiting() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (PollWriter writer = new PollWriter(2, "test-writer")) {
            CompletableFuture<PollOutcome> first = writer.store(() -> {
                await(release);
                return ok(1);
            });
            CompletableFuture<PollOutcome> second = writer.store(() -> ok(2));
            CompletableFuture<CompletableFuture<PollOutcome>> third =
                    CompletableFuture.supplyAsync(() -> writer.store(() -> ok(3)));

            Thread.sleep(300);
            assertFalse(third.isDone(), "the third hand-over waits for a place");
            assertFalse(first.isDone());

            release.countDown();
            assertEquals(3, third.get(5, TimeUnit.SECONDS).get(5, TimeUnit.SECONDS).sourceId());
            assertEquals(1, first.get().sourceId());
            assertEquals(2, second.get().sourceId());
        }
    }

    @Test
    void aStoreThatThrowsFailsItsOwnOutcomeAndFreesItsPlace() throws Exception {
        try (PollWriter writer = new PollWriter(1, "test-writer")) {
            CompletableFuture<PollOutcome> failing = writer.store(() -> {
                throw new IllegalStateException("database is locked");
            });
            CompletableFuture<PollOutcome> next = writer.store(() -> ok(2));

            ExecutionException error = assertThrows(ExecutionException.class,
                    () -> failing.get(5, TimeUnit.SECONDS));
            assertEquals("database is locked", error.getCause().getMessage());
            assertEquals(2, next.get(5, TimeUnit.SECONDS).sourceId());
        }
    }

    @Test
    void closingStoresWhatWasHandedOver() {
        List<CompletableFuture<PollOutcome>> outcomes = new ArrayList<>();
        PollWriter writer = new PollWriter(10, "test-writer");
        for (long id = 1; id <= 5; id++) {
            long sourceId = id;
            outcomes.add(writer.store(() -> {
                sleep(Duration.ofMillis(50));
                return ok(sourceId);
            }));
        }

        writer.close();

        for (int i = 0; i < outcomes.size(); i++) {
            assertTrue(outcomes.get(i).isDone(), "stored before close returned");
            assertEquals(i + 1, outcomes.get(i).join().sourceId());
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
