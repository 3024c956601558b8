package dev.veille.store;

import java.time.Instant;
import java.util.List;

import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

import dev.veille.model.DigestFields;
import dev.veille.model.NewSource;

/** Loads a whole export into an empty database in one transaction: all of it, or nothing. */
public interface FullImportStore extends SqlObject {

    @SqlQuery("SELECT (SELECT count(*) FROM sources) + (SELECT count(*) FROM links) + (SELECT count(*) FROM digests)")
    int countContent();

    @SqlUpdate("DELETE FROM sections")
    void deleteSections();

    /** Replaces the sections with {@code sections} (in order), then adds sources, links and digests. */
    @Transaction
    default void load(List<String> sections, List<NewSource> sources, List<DigestImportStore.PostLink> links,
                      List<DigestFields> digests, Instant now) {
        deleteSections();
        SectionStore sectionStore = getHandle().attach(SectionStore.class);
        for (String name : sections) {
            sectionStore.insert(name, Integer.MAX_VALUE);
        }
        SourceStore sourceStore = getHandle().attach(SourceStore.class);
        for (NewSource source : sources) {
            sourceStore.insert(source, now);
        }
        getHandle().attach(DigestImportStore.class).save(null, links, now);
        DigestStore digestStore = getHandle().attach(DigestStore.class);
        digests.forEach(digestStore::save);
    }
}
