package dev.veille.store;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

import dev.veille.model.DigestFields;
import dev.veille.model.NewSource;
import dev.veille.model.Section;

/** Loads a whole export into an empty database in one transaction: all of it, or nothing. */
public interface FullImportStore extends SqlObject {

    @SqlQuery("SELECT (SELECT count(*) FROM sources) + (SELECT count(*) FROM links) + (SELECT count(*) FROM digests)")
    int countContent();

    @SqlUpdate("DELETE FROM sections")
    void deleteSections();

    /**
     * Replaces the sections with {@code sections} (in order), then adds sources, links and digests. A section
     * that comes back under the same name (case ignored) keeps its keywords: the export does not carry them.
     */
    @Transaction
    default void load(List<String> sections, List<NewSource> sources, List<DigestImportStore.PostLink> links,
                      List<DigestFields> digests, Instant now) {
        SectionStore sectionStore = getHandle().attach(SectionStore.class);
        Map<String, List<String>> keywords = new HashMap<>();
        sectionStore.findAll().forEach(s -> keywords.put(s.name().toLowerCase(Locale.ROOT), s.keywords()));
        deleteSections();
        for (String name : sections) {
            Section section = sectionStore.insert(name, Integer.MAX_VALUE);
            sectionStore.setKeywords(section.id(), keywords.getOrDefault(name.toLowerCase(Locale.ROOT), List.of()));
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
