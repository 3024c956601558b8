package dev.veille.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A number that changes whenever anything commits to the database: this process's pool, or another process
 * (a cron {@code poll} beside {@code serve}). SQLite's {@code PRAGMA data_version} changes on a connection when
 * any other connection commits; this one has a connection of its own that never writes, so every commit counts.
 * Read it before computing an answer, and the answer is current for that number.
 */
public final class DatabaseRevision implements AutoCloseable {

    private final Connection watcher;
    private final PreparedStatement dataVersion;
    private final ReentrantLock lock = new ReentrantLock(); // a JDBC connection is not for concurrent use

    DatabaseRevision(Connection watcher) throws SQLException {
        this.watcher = watcher;
        this.dataVersion = watcher.prepareStatement("PRAGMA data_version");
    }

    public long current() {
        lock.lock();
        try (ResultSet row = dataVersion.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database's data_version: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() throws SQLException {
        watcher.close();
    }
}
