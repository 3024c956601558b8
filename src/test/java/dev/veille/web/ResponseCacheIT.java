package dev.veille.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.veille.testing.LocalHttpServer;
import dev.veille.testing.RunningVeille;
import dev.veille.testing.RunningVeille.Answer;

/** Read routes reuse their answers only while nothing commits: an edit here or a write by another process shows. */
class ResponseCacheIT {

    private LocalHttpServer web;
    private RunningVeille veille;
    private long link;

    @BeforeEach
    void start() {
        web = LocalHttpServer.start();
        veille = RunningVeille.start(web.url(""));
        Answer created = veille.post("/api/links", """
                {"url":"https://kafka.example/","title":"Kafka 2.4","section":"(Big) Data","month":"2019-10",
                 "commentary":"Première version."}""");
        assertEquals(201, created.status(), created.body());
        link = created.json().get("id").asLong();
    }

    @AfterEach
    void stop() {
        veille.close();
        web.close();
    }

    @Test
    void aWriteByAnotherProcessShowsAtTheNextRequest() throws Exception {
        assertEquals("Kafka 2.4", veille.get("/api/links?month=2019-10").json().get(0).get("title").asText());
        assertTrue(markdown().contains("[Kafka 2.4](https://kafka.example/) : Première version."), markdown());
        assertEquals(0, veille.get("/api/search?q=streams").json().get("links").size());

        // What a cron `poll` or `import-all` would do: its own connection to the same file.
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + veille.dbFile());
             Statement sql = other.createStatement()) {
            sql.executeUpdate("UPDATE links SET title = 'Kafka Streams 2.4' WHERE id = " + link);
        }

        assertEquals("Kafka Streams 2.4", veille.get("/api/links?month=2019-10").json().get(0).get("title").asText());
        assertTrue(markdown().contains("[Kafka Streams 2.4](https://kafka.example/) : Première version."), markdown());
        assertEquals(link, veille.get("/api/search?q=streams").json().get("links").get(0).get("id").asLong());
    }

    @Test
    void anEditThroughTheApiShowsAtTheNextRequestAndRepeatsAreIdentical() {
        String before = markdown();
        assertEquals(before, markdown(), "nothing changed, same answer");
        long version = veille.get("/api/links/" + link).json().get("version").asLong();

        Answer edited = veille.patch("/api/links/" + link,
                "{\"commentary\":\"Kafka Streams gagne les jointures.\",\"version\":" + version + "}");
        assertEquals(200, edited.status(), edited.body());

        assertTrue(markdown().contains("[Kafka 2.4](https://kafka.example/) : Kafka Streams gagne les jointures."),
                markdown());
        assertEquals("Kafka Streams gagne les jointures.", veille.get("/api/digests/2019-10").json()
                .get("sections").get(0).get("links").get(0).get("commentary").asText());
    }

    @Test
    void theDownloadKeepsItsOwnHeaderWhenTheBodyIsReused() {
        String shown = markdown();
        Answer download = veille.get("/api/digests/2019-10/markdown?download");
        assertEquals(shown, download.body());
        assertEquals("attachment; filename=\"2019-10-web-ops-data.md\"",
                download.response().headers().firstValue("Content-Disposition").orElse(null));
        assertEquals("text/markdown; charset=utf-8",
                download.response().headers().firstValue("Content-Type").orElse(null));
        assertEquals(null, veille.get("/api/digests/2019-10/markdown").response().headers()
                .firstValue("Content-Disposition").orElse(null));
    }

    private String markdown() {
        Answer answer = veille.get("/api/digests/2019-10/markdown");
        assertEquals(200, answer.status(), answer.body());
        return answer.body();
    }
}
