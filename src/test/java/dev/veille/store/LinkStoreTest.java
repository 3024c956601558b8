package dev.veille.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.veille.model.ConflictException;
import dev.veille.model.Link;
import dev.veille.model.LinkFields;

/** The checks a concurrent write could defeat are made inside the writing transaction, before any row changes. */
class LinkStoreTest {

    @TempDir
    Path dir;

    @Test
    void aLinkMovedToASectionDeletedMeanwhileIsAConflictAndStaysWhereItWas() {
        Db db = Db.open(dir.resolve("veille.db"));
        LinkStore links = db.jdbi().onDemand(LinkStore.class);
        long cloud = db.jdbi().withHandle(h -> h.createQuery("SELECT id FROM sections WHERE name = 'Cloud'")
                .mapTo(Long.class).one());
        long gone = db.jdbi().withHandle(h -> h.createQuery("SELECT max(id) + 1 FROM sections")
                .mapTo(Long.class).one());
        Link link = links.insert(fields("Avant", cloud), Instant.EPOCH);

        ConflictException refused = assertThrows(ConflictException.class,
                () -> links.update(link.id(), fields("Après", gone), 0, link.version(), Instant.EPOCH));

        assertTrue(refused.getMessage().startsWith("section: the section was deleted meanwhile"),
                refused.getMessage());
        Link stored = links.findById(link.id()).orElseThrow();
        assertEquals("Avant", stored.title());
        assertEquals("Cloud", stored.section());
        assertEquals(link.version(), stored.version());
    }

    private static LinkFields fields(String title, long sectionId) {
        return new LinkFields("https://a.example/", "https://a.example", title, "", sectionId, List.of(),
                "2019-10", List.of(), null, null, null);
    }
}
