package dev.veille.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.veille.testing.CannedResponse;
import dev.veille.testing.LocalHttpServer;
import dev.veille.testing.RunningVeille;
import dev.veille.testing.RunningVeille.Answer;
import dev.veille.testing.TestFeeds;
import dev.veille.testing.TestFeeds.Entry;

/**
 * Full-text indexing happens after the polls' transactions (migration V5), yet whoever polls finds the new
 * items by search: at once after a poll round (the CLI's poll) or the API's poll, and once the scheduler's
 * polls in flight are done.
 */
class SearchAfterPollIT {

    private LocalHttpServer feeds;
    private RunningVeille veille;

    @BeforeEach
    void start() {
        feeds = LocalHttpServer.start();
        feeds.on("/a.xml", CannedResponse.ok("application/rss+xml",
                TestFeeds.rss("A", Entry.of("Kafka Streams in production", "https://a.example/kafka", "2019-10-01T08:00:00Z"))));
        feeds.on("/b.xml", CannedResponse.ok("application/rss+xml",
                TestFeeds.rss("B", Entry.of("Traefik 2.0 et Kafka", "https://b.example/traefik", "2019-10-02T08:00:00Z"))));
        veille = RunningVeille.start(feeds.url(""));
        for (String path : List.of("/a.xml", "/b.xml")) {
            Answer created = veille.post("/api/sources", "{\"kind\":\"feed\",\"url\":\"" + feeds.url(path) + "\"}");
            assertEquals(201, created.status(), created.body());
        }
    }

    @AfterEach
    void stop() {
        veille.close();
        feeds.close();
    }

    private List<String> titles(String path) {
        Answer answer = veille.get(path);
        assertEquals(200, answer.status(), answer.body());
        JsonNode items = answer.json().get("items");
        List<String> titles = new ArrayList<>();
        items.forEach(item -> titles.add(item.get("title").asText()));
        return titles;
    }

    @Test
    void aPollRoundReturnsOnceItsItemsAreSearchable() throws InterruptedException {
        veille.app().pollRound().run(veille.app().sourceStore().findAll());

        assertEquals(List.of("Traefik 2.0 et Kafka", "Kafka Streams in production"), titles("/api/search?q=kafka"));
        assertEquals(List.of("Kafka Streams in production"), titles("/api/items?q=streams"));
    }

    @Test
    void theApisPollAnswersOnceItsItemsAreSearchable() {
        assertEquals(200, veille.post("/api/sources/1/poll", "").status());

        assertEquals(List.of("Kafka Streams in production"), titles("/api/search?q=kafka"));
    }

    @Test
    void theSchedulersItemsBecomeSearchableWhenItsPollsAreDone() throws InterruptedException {
        veille.app().startScheduler(Duration.ofMillis(100));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (titles("/api/items?q=kafka").size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(List.of("Traefik 2.0 et Kafka", "Kafka Streams in production"), titles("/api/items?q=kafka"));
    }
}
