package dev.veille.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Types;
import java.time.Instant;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Opens Veille's SQLite file: migrates it with Flyway, then hands out a Jdbi with the right pragmas over a small
 * pool of open connections, running one transaction at a time ({@link SerialTransactions}). Close it last.
 */
public final class Db implements AutoCloseable {

    private static final int BUSY_TIMEOUT_MS = 10_000;
    private static final int WAL_CHECKPOINT_PAGES = 10_000;
    /**
     * Connections kept open. Opening one per call (what a bare data source does) costs a schema parse at its
     * first statement, and closing the last one checkpoints the WAL: most of a short query's time. Readers run
     * in parallel in WAL mode; more connections than this would only queue for the 2 to 4 cores of a small host.
     */
    static final int POOL_SIZE = 4;

    private final Jdbi jdbi;
    private final HikariDataSource pool;
    private final DatabaseRevision revision;

    private Db(Jdbi jdbi, HikariDataSource pool, DatabaseRevision revision) {
        this.jdbi = jdbi;
        this.pool = pool;
        this.revision = revision;
    }

    /** Creates the parent folder when missing, applies pending migrations, and returns the database. */
    public static Db open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create the database folder for " + file + ": " + e.getMessage(), e);
        }
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        migrate(url);
        HikariDataSource pool = pool(url);
        Jdbi jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
        jdbi.setTransactionHandler(new SerialTransactions(jdbi.getTransactionHandler()));
        jdbi.registerArgument(new InstantAsEpochMillis());
        jdbi.registerColumnMapper(Instant.class, (rs, column, ctx) -> {
            long millis = rs.getLong(column);
            return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
        });
        try {
            return new Db(jdbi, pool, new DatabaseRevision(dataSource(url).getConnection()));
        } catch (java.sql.SQLException e) {
            pool.close();
            throw new IllegalStateException("cannot open " + file + ": " + e.getMessage(), e);
        }
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public DatabaseRevision revision() {
        return revision;
    }

    /** Closes the connections; the last one to close checkpoints the WAL into the database file. */
    @Override
    public void close() {
        try {
            revision.close();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot close the database: " + e.getMessage(), e);
        } finally {
            pool.close();
        }
    }

    // Flyway gets its own plain connection: it needs none of the pragmas, and foreign_keys would get in its way.
    private static void migrate(String url) {
        SQLiteDataSource plain = new SQLiteDataSource();
        plain.setUrl(url);
        Flyway.configure()
                .dataSource(plain)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    private static HikariDataSource pool(String url) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("veille-db");
        config.setDataSource(dataSource(url));
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        return new HikariDataSource(config);
    }

    // Pragmas are per connection in SQLite, so they go on the data source that makes every connection.
    private static SQLiteDataSource dataSource(String url) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        // A checkpoint (copying the WAL into the database, with two fsyncs) runs inside the commit that crosses
        // this many pages, holding the write lock: 40 MB instead of SQLite's 4 MB makes a cold poll of 1,000
        // feeds checkpoint ~4 times instead of ~40, and a page rewritten meanwhile is copied once.
        config.setPragma(SQLiteConfig.Pragma.WAL_AUTOCHECKPOINT, Integer.toString(WAL_CHECKPOINT_PAGES));
        // Transactions take the write lock at BEGIN: a deferred one that read first cannot upgrade once another
        // writer committed (SQLITE_BUSY at once, the busy timeout never applies), and polls run in parallel.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl(url);
        return dataSource;
    }

    /** Binds every {@link Instant} as epoch milliseconds, the schema's time format. */
    private static final class InstantAsEpochMillis extends AbstractArgumentFactory<Instant> {
        InstantAsEpochMillis() {
            super(Types.BIGINT);
        }

        @Override
        protected Argument build(Instant value, ConfigRegistry config) {
            return (position, statement, ctx) -> statement.setLong(position, value.toEpochMilli());
        }
    }
}
