package dev.veille.store;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Consistent copies of the live database, and the check that a copy is sound. */
public interface BackupStore {

    /**
     * Writes a compact, consistent copy of the database to {@code file} (which must not exist), while the server
     * keeps reading and writing: SQLite copies one read snapshot.
     */
    @SqlUpdate("VACUUM INTO :file")
    void copyTo(@Bind("file") String file);

    @SqlQuery("PRAGMA integrity_check")
    String integrityCheck();
}
