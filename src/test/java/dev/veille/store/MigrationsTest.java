package dev.veille.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

import dev.veille.model.Link;

/** Migrations carry existing data forward: a database made by an older Veille opens with its links intact. */
class MigrationsTest {

    @TempDir
    Path dir;

    @Test
    void linksWrittenBeforeTheIdRebuildSurviveItWithTheirSearchIndex() throws Exception {
        Path file = dir.resolve("old.db");
        SQLiteDataSource plain = new SQLiteDataSource();
        plain.setUrl("jdbc:sqlite:" + file);
        Flyway.configure().dataSource(plain).locations("classpath:db/migration").target("3").load().migrate();
        try (Connection connection = plain.getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("""
                    INSERT INTO links (id, month, section_id, position, url, normalized_url, title, commentary,
                                       created_at, updated_at)
                    VALUES (7, '2019-10', (SELECT id FROM sections WHERE name = 'Cloud'), 0, 'https://a.example/',
                            'https://a.example', 'Sécurité du cloud', 'Déjà vu', 1, 1)""");
        }

        Db db = Db.open(file);
        LinkStore links = db.jdbi().onDemand(LinkStore.class);
        List<Link> found = links.list(null, null, "securite");
        assertEquals(1, found.size());
        assertEquals(7, found.get(0).id());
        assertEquals("Cloud", found.get(0).section());
        assertEquals(1, links.list(null, null, "deja").size(), "the index of the rebuilt table still answers");

        links.delete(7);
        Link next = links.insert(new dev.veille.model.LinkFields("https://b.example/", "https://b.example", "B", "",
                found.get(0).sectionId(), List.of(), "2019-10", List.of(), null, null, null), Instant.EPOCH);
        assertEquals(8, next.id(), "the deleted id 7 is not reused");
    }
}
