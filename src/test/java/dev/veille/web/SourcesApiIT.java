package dev.veille.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** The sources API over real HTTP, against a real SQLite file, with feeds served by a local server. */
class SourcesApiIT {

    private LocalHttpServer feeds;
    private RunningVeille veille;

    @BeforeEach
    void start() {
        feeds = LocalHttpServer.start();
        veille = RunningVeille.start(feeds.url(""));
    }

    @AfterEach
    void stop() {
        veille.close();
        feeds.close();
    }

    private void serveRss(String path, String title, Entry... entries) {
        feeds.on(path, CannedResponse.ok("application/rss+xml; charset=utf-8", TestFeeds.rss(title, entries)));
    }

    @Test
    void healthIsOpenAndEverythingElseNeedsTheToken() {
        Answer health = veille.send(veille.request("/api/health"));
        assertEquals(200, health.status());
        assertEquals("ok", health.json().get("status").asText());
        assertEquals("ok", health.json().get("db").asText());

        Answer missing = veille.send(veille.request("/api/sources"));
        assertEquals(401, missing.status());
        assertTrue(missing.json().get("error").asText().contains("missing bearer token"));
        assertEquals("Bearer realm=\"veille\"", missing.response().headers().firstValue("WWW-Authenticate").orElse(""));

        Answer wrong = veille.send(veille.request("/api/items").header("Authorization", "Bearer nope"));
        assertEquals(401, wrong.status());
        assertEquals("invalid bearer token", wrong.json().get("error").asText());
    }

    @Test
    void addsAFeedWithItsOwnTitleAndListsIt() {
        serveRss("/feed.xml", "Blog Kubernetes", Entry.of("K8s 1.16", "https://k8s.example/116", "2019-10-07T10:00:00Z"));
        Answer created = veille.post("/api/sources", """
                {"kind":"feed","url":"%s","section":"Container et Orchestration","intervalMinutes":30}
                """.formatted(feeds.url("/feed.xml")));
        assertEquals(201, created.status(), created.body());
        JsonNode source = created.json();
        assertEquals("feed", source.get("kind").asText());
        assertEquals(feeds.url("/feed.xml"), source.get("url").asText());
        assertEquals("Blog Kubernetes", source.get("title").asText());
        assertEquals("Container et Orchestration", source.get("section").asText());
        assertEquals(30, source.get("intervalMinutes").asInt());
        assertEquals(0, source.get("errorCount").asInt());
        assertTrue(source.get("lastPolledAt").isNull());
        assertTrue(source.get("nextPollAt").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"),
                source.get("nextPollAt").asText());
        assertEquals("/api/sources/" + source.get("id").asLong(),
                created.response().headers().firstValue("Location").orElse(""));

        Answer list = veille.get("/api/sources");
        assertEquals(1, list.json().size());
        assertEquals(source.get("id").asLong(), list.json().get(0).get("id").asLong());
        assertEquals(source, veille.get("/api/sources/" + source.get("id").asLong()).json());
    }

    @Test
    void aSitePageLeadsToTheFeedItAnnounces() {
        serveRss("/blog/feed.xml", "Le blog", Entry.of("Un article", "https://blog.example/a", "2019-10-07T10:00:00Z"));
        feeds.on("/blog/", CannedResponse.ok("text/html; charset=utf-8", """
                <html><head><title>Le blog</title>
                <link rel="alternate" type="application/rss+xml" title="RSS" href="/blog/feed.xml">
                </head><body>Bonjour</body></html>"""));
        Answer created = veille.post("/api/sources", "{\"kind\":\"feed\",\"url\":\"" + feeds.url("/blog/") + "\"}");
        assertEquals(201, created.status(), created.body());
        assertEquals(feeds.url("/blog/feed.xml"), created.json().get("url").asText());
    }

    @Test
    void aPageWithoutFeedIsRefusedWithAClearMessage() {
        feeds.on("/nofeed", CannedResponse.ok("text/html", "<html><head><title>x</title></head><body>hi</body></html>"));
        Answer refused = veille.post("/api/sources", "{\"kind\":\"feed\",\"url\":\"" + feeds.url("/nofeed") + "\"}");
        assertEquals(400, refused.status());
        assertTrue(refused.json().get("error").asText().contains("announces no feed"), refused.body());
        assertEquals(0, veille.get("/api/sources").json().size(), "nothing stored");
    }

    @Test
    void aGithubRepoBecomesItsReleasesFeed() {
        Answer created = veille.post("/api/sources", "{\"kind\":\"github\",\"repo\":\"helm/helm\",\"section\":\"Container et Orchestration\"}");
        assertEquals(201, created.status(), created.body());
        assertEquals(feeds.url("/helm/helm/releases.atom"), created.json().get("url").asText());
        assertEquals("helm/helm", created.json().get("repo").asText());
        assertEquals("helm/helm", created.json().get("title").asText());
        assertFalse(created.json().get("includePrereleases").asBoolean());
    }

    @Test
    void badInputIsA400NamingTheProblemAndStoresNothing() {
        assertError(400, "kind must be one of feed, github, page (got 'blog')",
                veille.post("/api/sources", "{\"kind\":\"blog\",\"url\":\"https://x.org\"}"));
        assertError(400, "kind is required: feed, github or page", veille.post("/api/sources", "{\"url\":\"https://x.org\"}"));
        assertError(400, "url must be an absolute http(s) URL (got 'javascript:alert(1)')",
                veille.post("/api/sources", "{\"kind\":\"page\",\"url\":\"javascript:alert(1)\",\"selectors\":{\"item\":\"li\",\"link\":\"a\"}}"));
        assertError(400, "unknown field 'colour'", veille.post("/api/sources", "{\"kind\":\"feed\",\"colour\":\"red\"}"));
        assertError(400, "field 'intervalMinutes' has the wrong type",
                veille.post("/api/sources", "{\"kind\":\"github\",\"repo\":\"a/b\",\"intervalMinutes\":\"often\"}"));
        assertError(400, "intervalMinutes must be from 15 to 10080 (got 5)",
                veille.post("/api/sources", "{\"kind\":\"github\",\"repo\":\"a/b\",\"intervalMinutes\":5}"));
        assertError(400, "repo must be owner/name, e.g. helm/helm (got 'helm')",
                veille.post("/api/sources", "{\"kind\":\"github\",\"repo\":\"helm\"}"));
        assertError(400, "selectors.item and selectors.link are required for a page source",
                veille.post("/api/sources", "{\"kind\":\"page\",\"url\":\"https://x.org\",\"selectors\":{\"item\":\"li\"}}"));
        Answer badCss = veille.post("/api/sources",
                "{\"kind\":\"page\",\"url\":\"https://x.org\",\"selectors\":{\"item\":\"li[[\",\"link\":\"a\"}}");
        assertEquals(400, badCss.status());
        assertTrue(badCss.json().get("error").asText().startsWith("selectors: "), badCss.body());
        Answer notJson = veille.post("/api/sources", "kind=feed");
        assertEquals(400, notJson.status());
        assertTrue(notJson.json().get("error").asText().startsWith("the request body is not valid JSON"), notJson.body());
        assertError(400, "the request body is empty, expected a JSON object", veille.post("/api/sources", ""));
        assertEquals(0, veille.get("/api/sources").json().size());
    }

    @Test
    void theSameUrlTwiceIsAConflict() {
        veille.post("/api/sources", "{\"kind\":\"github\",\"repo\":\"grafana/grafana\"}");
        Answer again = veille.post("/api/sources", "{\"kind\":\"github\",\"repo\":\"https://github.com/grafana/grafana\"}");
        assertEquals(409, again.status());
        assertTrue(again.json().get("error").asText().contains("already exists"), again.body());
    }

    @Test
    void editsAndDeletesASource() {
        long id = veille.post("/api/sources", "{\"kind\":\"github\",\"repo\":\"traefik/traefik\"}").json().get("id").asLong();
        Answer edited = veille.patch("/api/sources/" + id,
                "{\"title\":\"Traefik\",\"section\":\"Web\",\"intervalMinutes\":120,\"includePrereleases\":true}");
        assertEquals(200, edited.status(), edited.body());
        assertEquals("Traefik", edited.json().get("title").asText());
        assertEquals("Web", edited.json().get("section").asText());
        assertEquals(120, edited.json().get("intervalMinutes").asInt());
        assertTrue(edited.json().get("includePrereleases").asBoolean());

        assertError(400, "intervalMinutes must be from 15 to 10080 (got 1)", veille.patch("/api/sources/" + id, "{\"intervalMinutes\":1}"));
        assertEquals(120, veille.get("/api/sources/" + id).json().get("intervalMinutes").asInt(), "unchanged after a refused edit");

        assertEquals(204, veille.delete("/api/sources/" + id).status());
        assertError(404, "no source with id " + id, veille.get("/api/sources/" + id));
        assertError(404, "no source with id " + id, veille.delete("/api/sources/" + id));
        assertError(404, "no source with id abc", veille.get("/api/sources/abc"));
    }

    @Test
    void sourcesAndLinksOnPrivateAddressesAreRefusedByDefault() {
        serveRss("/feed.xml", "Intranet", Entry.of("x", "https://x.example/", "2019-10-07T10:00:00Z"));
        try (RunningVeille strict = RunningVeille.start(feeds.url(""), java.util.Map.of("VEILLE_ALLOW_PRIVATE_NETWORKS", "false"))) {
            Answer source = strict.post("/api/sources", "{\"kind\":\"feed\",\"url\":\"" + feeds.url("/feed.xml") + "\"}");
            assertEquals(400, source.status());
            assertTrue(source.json().get("error").asText().contains("resolves to the private address 127.0.0.1: refused"),
                    source.body());
            Answer link = strict.post("/api/links", "{\"url\":\"http://169.254.169.254/latest/meta-data/\"}");
            assertEquals(400, link.status());
            assertTrue(link.json().get("error").asText().contains("private address 169.254.169.254"), link.body());
            assertTrue(feeds.requests().isEmpty(), "nothing was fetched");
        }
    }

    @Test
    void unknownRoutesAnswerJson() {
        Answer answer = veille.get("/api/nothing-here");
        assertEquals(404, answer.status());
        assertEquals("Endpoint GET /api/nothing-here not found", answer.json().get("error").asText());
    }

    private static void assertError(int status, String message, Answer answer) {
        assertEquals(status, answer.status(), answer.body());
        assertEquals(message, answer.json().get("error").asText());
    }
}
