package dev.veille.store;

import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.transaction.DelegatingTransactionHandler;
import org.jdbi.v3.core.transaction.TransactionHandler;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Runs this process's transactions one at a time. SQLite has a single writer, and every Veille transaction
 * takes the write lock at BEGIN ({@link Db}): a thread that finds it taken waits in SQLite's busy handler, which
 * sleeps 1, 2, 5, 10... up to 100 ms between tries, so parallel polls spent most of their time asleep. Waiting
 * here on a Java lock hands the database over the moment the previous transaction ends. The busy timeout still
 * covers other processes (a cron {@code poll} beside {@code serve}). Reads outside transactions are not held.
 */
final class SerialTransactions extends DelegatingTransactionHandler {

    private final ReentrantLock lock;

    SerialTransactions(TransactionHandler delegate) {
        this(delegate, new ReentrantLock());
    }

    private SerialTransactions(TransactionHandler delegate, ReentrantLock lock) {
        super(delegate);
        this.lock = lock;
    }

    /** Jdbi specialises the handler for each handle; the specialised one shares the lock. */
    @Override
    public TransactionHandler specialize(Handle handle) throws SQLException {
        return new SerialTransactions(getDelegate().specialize(handle), lock);
    }

    /** How many threads wait for the transaction in progress to end. */
    int waiting() {
        return lock.getQueueLength();
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, HandleCallback<R, X> callback) throws X {
        lock.lock();
        try {
            return super.inTransaction(handle, callback);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, TransactionIsolationLevel level,
                                                    HandleCallback<R, X> callback) throws X {
        lock.lock();
        try {
            return super.inTransaction(handle, level, callback);
        } finally {
            lock.unlock();
        }
    }
}
