package dev.veille.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Types;
import java.time.Instant;

import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** Opens Veille's SQLite file: migrates it with Flyway, then hands out a Jdbi with the right pragmas. */
public final class Db {

    private static final int BUSY_TIMEOUT_MS = 10_000;

    private final Jdbi jdbi;

    private Db(Jdbi jdbi) {
        this.jdbi = jdbi;
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
        Jdbi jdbi = Jdbi.create(dataSource(url)).installPlugin(new SqlObjectPlugin());
        jdbi.registerArgument(new InstantAsEpochMillis());
        jdbi.registerColumnMapper(Instant.class, (rs, column, ctx) -> {
            long millis = rs.getLong(column);
            return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
        });
        return new Db(jdbi);
    }

    public Jdbi jdbi() {
        return jdbi;
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

    // Pragmas are per connection in SQLite, so they go on the data source that makes every connection.
    private static SQLiteDataSource dataSource(String url) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
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
