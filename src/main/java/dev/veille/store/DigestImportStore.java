package dev.veille.store;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.transaction.Transaction;

import dev.veille.model.DigestFields;
import dev.veille.model.LinkFields;
import dev.veille.model.Section;

/** Stores an imported past post at once: missing sections, its links in order, and the published digest. */
public interface DigestImportStore extends SqlObject {

    /** A link of the post under the name of its section ({@code fields.sectionId()} is ignored). */
    record PostLink(String section, LinkFields fields) {
    }

    /** Adds the links, creating missing sections, then the digest (when not null). */
    @Transaction
    default void save(DigestFields digest, List<PostLink> links, Instant now) {
        SectionStore sections = getHandle().attach(SectionStore.class);
        LinkStore linkStore = getHandle().attach(LinkStore.class);
        Map<String, Long> sectionIds = new HashMap<>();
        for (PostLink link : links) {
            long sectionId = sectionIds.computeIfAbsent(link.section().toLowerCase(java.util.Locale.ROOT),
                    name -> sections.findByName(link.section()).map(Section::id)
                            .orElseGet(() -> sections.insert(link.section(), Integer.MAX_VALUE).id()));
            LinkFields f = link.fields();
            linkStore.insert(new LinkFields(f.url(), f.normalizedUrl(), f.title(), f.commentary(), sectionId,
                    f.tags(), f.month(), f.related(), f.via(), null, null), now);
        }
        if (digest != null) {
            getHandle().attach(DigestStore.class).save(digest);
        }
    }
}
