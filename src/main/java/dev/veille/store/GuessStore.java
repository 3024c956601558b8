package dev.veille.store;

import java.util.List;
import java.util.Map;

import org.jdbi.v3.sqlobject.config.KeyColumn;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.ValueColumn;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** What the section guess learns from: every filed link, the sources' sections, and when either changed. */
@RegisterConstructorMapper(GuessStore.FiledLink.class)
public interface GuessStore {

    /** A link as the guess learns from it: the section it is in now, its URL and title. */
    record FiledLink(long sectionId, String url, String title) {
    }

    /** Grows with every change to links, sections or sources' sections (kept by triggers, see V8). */
    @SqlQuery("SELECT value FROM guess_revision WHERE id = 1")
    long revision();

    @SqlQuery("SELECT section_id, url, title FROM links")
    List<FiledLink> filedLinks();

    @SqlQuery("SELECT id, section FROM sources WHERE section IS NOT NULL AND section <> ''")
    @KeyColumn("id")
    @ValueColumn("section")
    Map<Long, String> sourceSections();
}
