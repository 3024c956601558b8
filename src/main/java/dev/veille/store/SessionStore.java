package dev.veille.store;

import java.time.Instant;
import java.util.Optional;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Browser sessions, keyed by a hash of the cookie value; each carries its CSRF token. */
public interface SessionStore {

    @SqlUpdate("""
            INSERT INTO sessions (id_hash, csrf_token, created_at, expires_at)
            VALUES (:idHash, :csrf, :now, :expiresAt)
            """)
    void insert(@Bind("idHash") String idHash, @Bind("csrf") String csrf, @Bind("now") Instant now,
                @Bind("expiresAt") Instant expiresAt);

    /** The CSRF token of a live session, empty when the session is unknown or expired. */
    @SqlQuery("SELECT csrf_token FROM sessions WHERE id_hash = :idHash AND expires_at > :now")
    Optional<String> csrfOf(@Bind("idHash") String idHash, @Bind("now") Instant now);

    @SqlUpdate("DELETE FROM sessions WHERE id_hash = :idHash")
    void delete(@Bind("idHash") String idHash);

    @SqlUpdate("DELETE FROM sessions WHERE expires_at <= :now")
    int deleteExpired(@Bind("now") Instant now);

    /** Ends every session, e.g. when the password changes. */
    @SqlUpdate("DELETE FROM sessions")
    void deleteAll();
}
