package dev.veille.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database's plumbing: pooled connections, one transaction at a time, a clean close. */
class DbIT {

    @TempDir
    Path dir;

    @Test
    void connectionsStayOpenBetweenCalls() {
        try (Db db = Db.open(dir.resolve("veille.db"))) {
            // A TEMP table lives as long as its connection: the next call sees it only on the same, still open one.
            db.jdbi().useHandle(handle -> handle.execute("CREATE TEMP TABLE scratch (x INTEGER)"));
            int rows = db.jdbi().withHandle(handle ->
                    handle.createQuery("SELECT count(*) FROM temp.scratch").mapTo(Integer.class).one());
            assertEquals(0, rows);
        }
    }

    @Test
    void aSecondTransactionWaitsInTheJvmUntilTheFirstEnds() throws Exception {
        try (Db db = Db.open(dir.resolve("veille.db"))) {
            SerialTransactions transactions = (SerialTransactions) db.jdbi().getTransactionHandler();
            CountDownLatch firstStarted = new CountDownLatch(1);
            CountDownLatch releaseFirst = new CountDownLatch(1);
            AtomicBoolean secondRan = new AtomicBoolean();
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                Future<?> first = threads.submit(() -> {
                    db.jdbi().useTransaction(handle -> {
                        handle.execute("INSERT INTO settings (key, value) VALUES ('a', '1')");
                        firstStarted.countDown();
                        releaseFirst.await();
                    });
                    return null;
                });
                assertTrue(firstStarted.await(10, TimeUnit.SECONDS));
                Future<?> second = threads.submit(() -> db.jdbi().useTransaction(handle -> {
                    secondRan.set(true);
                    handle.execute("INSERT INTO settings (key, value) VALUES ('b', '2')");
                }));
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (transactions.waiting() == 0 && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
                assertEquals(1, transactions.waiting(), "the second transaction queues on the lock, not in SQLite");
                assertFalse(secondRan.get());
                releaseFirst.countDown();
                first.get(10, TimeUnit.SECONDS);
                second.get(10, TimeUnit.SECONDS);
                assertTrue(secondRan.get());
                int settings = db.jdbi().withHandle(handle ->
                        handle.createQuery("SELECT count(*) FROM settings").mapTo(Integer.class).one());
                assertEquals(2, settings);
            } finally {
                releaseFirst.countDown();
                threads.shutdownNow();
            }
        }
    }

    @Test
    void closingCheckpointsTheWalIntoTheDatabaseFile() {
        Path file = dir.resolve("veille.db");
        Db db = Db.open(file);
        db.jdbi().useHandle(handle -> handle.execute("INSERT INTO settings (key, value) VALUES ('k', 'v')"));
        assertTrue(Files.exists(dir.resolve("veille.db-wal")), "WAL mode, pooled connection still open");
        db.close();
        assertFalse(Files.exists(dir.resolve("veille.db-wal")), "the last connection to close checkpoints and removes the WAL");
        try (Db again = Db.open(file)) {
            assertEquals("v", again.jdbi().withHandle(handle ->
                    handle.createQuery("SELECT value FROM settings WHERE key = 'k'").mapTo(String.class).one()));
        }
    }
}
