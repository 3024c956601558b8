package dev.veille.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import dev.veille.model.NewSource;
import dev.veille.model.Selectors;
import dev.veille.model.Source;
import dev.veille.model.SourceChanges;

/** Sources and their polling state. */
@RegisterRowMapper(SourceRowMapper.class)
public interface SourceStore {

    Selectors NO_SELECTORS = new Selectors(null, null, null, null, null);

    /** Stores a new source, due for its first poll at {@code now}, and returns it. */
    default Source insert(NewSource source, Instant now) {
        long id = insertRow(source, source.kind().wireName(),
                source.selectors() == null ? NO_SELECTORS : source.selectors(), now);
        return findById(id).orElseThrow();
    }

    @SqlUpdate("""
            INSERT INTO sources (kind, url, repo, title, section, interval_minutes, include_prereleases,
                                 selector_item, selector_title, selector_link, selector_date, selector_summary,
                                 next_poll_at, created_at)
            VALUES (:kind, :s.url, :s.repo, :s.title, :s.section, :s.intervalMinutes, :s.includePrereleases,
                    :sel.item, :sel.title, :sel.link, :sel.date, :sel.summary, :now, :now)
            """)
    @GetGeneratedKeys("id")
    long insertRow(@BindMethods("s") NewSource source, @Bind("kind") String kind,
                   @BindMethods("sel") Selectors selectors, @Bind("now") Instant now);

    @SqlQuery("SELECT * FROM sources WHERE id = :id")
    Optional<Source> findById(@Bind("id") long id);

    @SqlQuery("SELECT * FROM sources WHERE url = :url")
    Optional<Source> findByUrl(@Bind("url") String url);

    @SqlQuery("SELECT * FROM sources ORDER BY lower(title), id")
    List<Source> findAll();

    /** Live sources whose next poll is due, most overdue first. */
    @SqlQuery("""
            SELECT * FROM sources
            WHERE gone = 0 AND next_poll_at <= :now
            ORDER BY next_poll_at, id
            """)
    List<Source> findDue(@Bind("now") Instant now);

    @SqlQuery("SELECT count(*) FROM sources WHERE error_count > 0 OR gone = 1")
    int countInError();

    @SqlQuery("SELECT count(*) FROM sources")
    int count();

    default void update(long id, SourceChanges changes) {
        updateRow(id, changes, changes.selectors() == null ? NO_SELECTORS : changes.selectors());
    }

    // A new URL is a new resource: the validators of the old one must not be sent to it.
    @SqlUpdate("""
            UPDATE sources
            SET etag = CASE WHEN url = :c.url THEN etag END,
                last_modified = CASE WHEN url = :c.url THEN last_modified END,
                url = :c.url, title = :c.title, section = :c.section, interval_minutes = :c.intervalMinutes,
                include_prereleases = :c.includePrereleases,
                selector_item = :sel.item, selector_title = :sel.title, selector_link = :sel.link,
                selector_date = :sel.date, selector_summary = :sel.summary
            WHERE id = :id
            """)
    void updateRow(@Bind("id") long id, @BindMethods("c") SourceChanges changes,
                   @BindMethods("sel") Selectors selectors);

    /** Makes a source due now (the curator asked for a poll, or it came back to life). */
    @SqlUpdate("UPDATE sources SET next_poll_at = :now, gone = 0 WHERE id = :id")
    void makeDue(@Bind("id") long id, @Bind("now") Instant now);

    @SqlUpdate("DELETE FROM sources WHERE id = :id")
    int delete(@Bind("id") long id);
}
