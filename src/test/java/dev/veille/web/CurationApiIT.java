package dev.veille.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** Sections, links, keeping items, search: the curation API over real HTTP and SQLite. */
class CurationApiIT {

    private LocalHttpServer web;
    private RunningVeille veille;

    @BeforeEach
    void start() {
        web = LocalHttpServer.start();
        veille = RunningVeille.start(web.url(""));
    }

    @AfterEach
    void stop() {
        veille.close();
        web.close();
    }

    private static List<String> names(JsonNode array, String field) {
        List<String> names = new ArrayList<>();
        array.forEach(node -> names.add(node.get(field).asText()));
        return names;
    }

    private long createLink(String title, String section, String month) {
        Answer created = veille.post("/api/links", """
                {"url":"https://example.org/%s","title":"%s","section":"%s","month":"%s"}"""
                .formatted(title.replace(' ', '-'), title, section, month));
        assertEquals(201, created.status(), created.body());
        return created.json().get("id").asLong();
    }

    @Test
    void anEmptyDatabaseHasTheCuratorsSectionsInOrder() {
        assertEquals(List.of("APM", "(Big) Data", "CI/CD", "Cloud", "Container et Orchestration", "Dataviz",
                "DevOps", "DNS", "Langages", "Licences", "Méthodologie", "Sécurité", "SQL", "Tests", "Time Series",
                "Web", "Windows"), names(veille.get("/api/sections").json(), "name"));
    }

    @Test
    void sectionsAreAddedRenamedMovedAndDeletedOnlyWhenEmpty() {
        Answer added = veille.post("/api/sections", "{\"name\":\"Réseau\",\"position\":1}");
        assertEquals(201, added.status(), added.body());
        assertEquals(1, added.json().get("position").asInt());
        List<String> order = names(veille.get("/api/sections").json(), "name");
        assertEquals(List.of("APM", "Réseau", "(Big) Data"), order.subList(0, 3));
        long id = added.json().get("id").asLong();

        JsonNode moved = veille.patch("/api/sections/" + id, "{\"name\":\"Réseaux\",\"position\":3}").json();
        assertEquals("Réseaux", moved.get("name").asText());
        assertEquals(3, moved.get("position").asInt());
        JsonNode all = veille.get("/api/sections").json();
        assertEquals(List.of("APM", "(Big) Data", "CI/CD", "Réseaux", "Cloud"), names(all, "name").subList(0, 5));
        for (int i = 0; i < all.size(); i++) {
            assertEquals(i, all.get(i).get("position").asInt(), "positions stay dense");
        }
        assertEquals(18, all.size(), "the 17 seeded sections and the new one");

        Answer last = veille.post("/api/sections", "{\"name\":\"Divers\"}");
        assertEquals(18, last.json().get("position").asInt(), "a new section goes last");
        assertEquals(409, veille.post("/api/sections", "{\"name\":\"cloud\"}").status(), "names are unique, case ignored");
        assertEquals("name must not be empty", veille.post("/api/sections", "{\"name\":\"  \"}").json().get("error").asText());

        createLink("Un lien", "Réseaux", "2019-10");
        Answer refused = veille.delete("/api/sections/" + id);
        assertEquals(409, refused.status());
        assertEquals("section 'Réseaux' still has 1 link(s): move or delete them first", refused.json().get("error").asText());
        assertEquals(204, veille.delete("/api/sections/" + last.json().get("id").asLong()).status());
        assertEquals(404, veille.delete("/api/sections/99999").status());
    }

    @Test
    void linksAreCreatedListedInPostOrderAndEdited() {
        Answer created = veille.post("/api/links", """
                {"url":"https://kafka.apache.org/blog","title":"Kafka 2.3","commentary":"Une **belle** version, déjà.",
                 "section":"(Big) Data","tags":["Kafka","kafka-streams"],"month":"2019-10",
                 "related":[{"url":"https://www.confluent.io/blog/kafka-2-3","title":"Chez Confluent"}],
                 "via":{"title":"Le Journal du Hacker","url":"https://www.journalduhacker.net/"}}""");
        assertEquals(201, created.status(), created.body());
        JsonNode link = created.json();
        assertEquals("(Big) Data", link.get("section").asText());
        assertEquals("[\"kafka\",\"kafka-streams\"]", link.get("tags").toString(), "tags lower-cased");
        assertEquals("2019-10", link.get("month").asText());
        assertEquals(0, link.get("position").asInt());
        assertEquals(1, link.get("version").asInt());
        assertEquals("Chez Confluent", link.get("related").get(0).get("title").asText());
        assertEquals("Le Journal du Hacker", link.get("via").get("title").asText());
        assertTrue(link.get("itemId").isNull());

        createLink("Grafana 6.4", "Dataviz", "2019-10");
        createLink("Spark 3", "(Big) Data", "2019-10");
        createLink("Ailleurs", "Cloud", "2019-11");
        assertEquals(List.of("Kafka 2.3", "Spark 3", "Grafana 6.4"), names(veille.get("/api/links?month=2019-10").json(), "title"),
                "section order, then position");
        assertEquals(List.of("Kafka 2.3", "Spark 3"), names(veille.get("/api/links?month=2019-10&section=(Big)%20Data").json(), "title"));
        assertEquals(List.of("Kafka 2.3"), names(veille.get("/api/links?q=deja").json(), "title"), "commentary searched without accents");

        long id = link.get("id").asLong();
        Answer edited = veille.patch("/api/links/" + id, "{\"commentary\":\"Sécurité renforcée\",\"via\":null,\"version\":1}");
        assertEquals(200, edited.status(), edited.body());
        assertEquals("Sécurité renforcée", edited.json().get("commentary").asText());
        assertTrue(edited.json().get("via").isNull(), "via cleared by null");
        assertEquals(2, edited.json().get("version").asInt());
        assertEquals("Kafka 2.3", edited.json().get("title").asText(), "fields not sent are kept");

        Answer stale = veille.patch("/api/links/" + id, "{\"commentary\":\"Autre onglet\",\"version\":1}");
        assertEquals(409, stale.status());
        assertEquals("Sécurité renforcée", stale.json().get("current").get("commentary").asText());
        assertTrue(stale.json().get("error").asText().contains("changed elsewhere"), stale.body());
        assertEquals("Sécurité renforcée", veille.get("/api/links/" + id).json().get("commentary").asText(), "nothing overwritten");

        assertEquals(List.of("2019-11", "2019-10"), names(veille.get("/api/months").json(), "month"));
        JsonNode tags = veille.get("/api/tags").json();
        assertEquals(List.of("kafka", "kafka-streams"), names(tags, "tag"));

        assertEquals(204, veille.delete("/api/links/" + id).status());
        assertEquals(404, veille.get("/api/links/" + id).status());
        assertEquals(List.of("Spark 3"), names(veille.get("/api/links?month=2019-10&section=(Big)%20Data").json(), "title"));
        assertEquals(0, veille.get("/api/links?month=2019-10&section=(Big)%20Data").json().get(0).get("position").asInt(),
                "the gap closes");
    }

    @Test
    void aDeletedLinksIdIsNeverGivenToAnotherLinkAndSearchStillWorks() {
        long first = createLink("Premier", "Cloud", "2019-10");
        long second = createLink("Second", "Cloud", "2019-10");
        assertEquals(204, veille.delete("/api/links/" + second).status());
        long third = createLink("Troisième", "Cloud", "2019-10");
        assertTrue(third > second, "id " + third + " must not reuse " + second);
        assertEquals(List.of("Troisième"), names(veille.get("/api/links?q=troisieme").json(), "title"));
        assertEquals(List.of("Premier"), names(veille.get("/api/links?q=premier").json(), "title"));
        assertEquals(List.of(), names(veille.get("/api/links?q=second").json(), "title"));
        assertEquals(first, veille.get("/api/links?q=premier").json().get(0).get("id").asLong());
    }

    @Test
    void linksMoveWithinASectionAndToOtherSectionsAndMonths() {
        long a = createLink("A", "Cloud", "2019-10");
        long b = createLink("B", "Cloud", "2019-10");
        long c = createLink("C", "Cloud", "2019-10");
        assertEquals(0, veille.patch("/api/links/" + c, "{\"position\":0}").json().get("position").asInt());
        assertEquals(List.of("C", "A", "B"), names(veille.get("/api/links?month=2019-10").json(), "title"));
        veille.patch("/api/links/" + c, "{\"position\":99}");
        assertEquals(List.of("A", "B", "C"), names(veille.get("/api/links?month=2019-10").json(), "title"), "clamped to last");

        JsonNode moved = veille.patch("/api/links/" + a, "{\"section\":\"Web\"}").json();
        assertEquals("Web", moved.get("section").asText());
        assertEquals(List.of("B", "C", "A"), names(veille.get("/api/links?month=2019-10").json(), "title"));
        JsonNode later = veille.patch("/api/links/" + b, "{\"month\":\"2019-11\"}").json();
        assertEquals("2019-11", later.get("month").asText());
        JsonNode october = veille.get("/api/links?month=2019-10").json();
        assertEquals(List.of("C", "A"), names(october, "title"));
        assertEquals(0, october.get(0).get("position").asInt(), "positions renumbered where the link left");
    }

    @Test
    void badLinkInputIsA400NamingTheFieldAndStoresNothing() {
        assertError("section: unknown section 'Kubernetes'; valid sections: APM, (Big) Data, CI/CD, Cloud, Container et"
                        + " Orchestration, Dataviz, DevOps, DNS, Langages, Licences, Méthodologie, Sécurité, SQL, Tests,"
                        + " Time Series, Web, Windows",
                veille.post("/api/links", "{\"url\":\"https://x.org\",\"title\":\"t\",\"section\":\"Kubernetes\"}"));
        assertError("month must be a month as YYYY-MM, e.g. 2019-10 (got '2019-13')",
                veille.post("/api/links", "{\"url\":\"https://x.org\",\"title\":\"t\",\"month\":\"2019-13\"}"));
        assertError("url must be an absolute http(s) URL (got 'javascript:alert(1)')",
                veille.post("/api/links", "{\"url\":\"javascript:alert(1)\",\"title\":\"t\"}"));
        long existing = createLink("T", "Web", "2019-10");
        assertError("title must not be empty", veille.patch("/api/links/" + existing, "{\"title\":\" \"}"));
        assertError("tags: 'kafka streams' is not a tag: one lower-case word, hyphens allowed (e.g. kafka-streams), no spaces",
                veille.post("/api/links", "{\"url\":\"https://x.org\",\"title\":\"t\",\"tags\":[\"kafka streams\"]}"));
        assertError("related[0].url must be an absolute http(s) URL (got 'ftp://x')",
                veille.post("/api/links", "{\"url\":\"https://x.org\",\"title\":\"t\",\"related\":[{\"url\":\"ftp://x\",\"title\":\"x\"}]}"));
        assertError("unknown field 'comment'", veille.post("/api/links", "{\"url\":\"https://x.org\",\"title\":\"t\",\"comment\":\"x\"}"));
        Answer notJson = veille.post("/api/links", "{\"url\":");
        assertEquals(400, notJson.status());
        assertTrue(notJson.json().get("error").asText().startsWith("the request body is not valid JSON"), notJson.body());
        assertEquals(1, veille.get("/api/links").json().size(), "only the link made for the title check exists");
        assertEquals(404, veille.patch("/api/links/424242", "{\"title\":\"x\"}").status());
    }

    @Test
    void keepingAnItemMakesALinkWithSuggestedSectionAndTags() {
        createLink("Vocabulaire", "Web", "2019-09");
        veille.patch("/api/links/" + veille.get("/api/links").json().get(0).get("id").asLong(),
                "{\"tags\":[\"kafka\",\"kafka-streams\",\"gke\"]}");
        web.on("/feed.xml", CannedResponse.ok("application/rss+xml", TestFeeds.rss("Confluent",
                Entry.of("Kafka Streams on GKE", "https://www.confluent.io/blog/streams-gke", "2019-10-03T08:00:00Z"))));
        long sourceId = veille.post("/api/sources", "{\"kind\":\"feed\",\"url\":\"" + web.url("/feed.xml")
                + "\",\"section\":\"(Big) Data\"}").json().get("id").asLong();
        veille.post("/api/sources/" + sourceId + "/poll", "");
        long itemId = veille.get("/api/items").json().get("items").get(0).get("id").asLong();

        Answer kept = veille.post("/api/items/" + itemId + "/keep", "{\"month\":\"2019-10\"}");
        assertEquals(201, kept.status(), kept.body());
        JsonNode link = kept.json();
        assertEquals("Kafka Streams on GKE", link.get("title").asText());
        assertEquals("https://www.confluent.io/blog/streams-gke", link.get("url").asText());
        assertEquals("(Big) Data", link.get("section").asText(), "the source's section");
        assertEquals("[\"kafka\",\"kafka-streams\",\"gke\"]", link.get("tags").toString());
        assertEquals(itemId, link.get("itemId").asLong());
        assertEquals("kept", veille.get("/api/items/" + itemId).json().get("status").asText());

        Answer again = veille.post("/api/links", "{\"itemId\":" + itemId + "}");
        assertEquals(409, again.status());
        assertEquals("item " + itemId + " is already kept as link " + link.get("id").asLong(), again.json().get("error").asText());
        assertEquals(404, veille.post("/api/items/99999/keep", "").status());

        JsonNode found = veille.get("/api/search?q=streams").json();
        assertEquals(1, found.get("items").size());
        assertEquals(1, found.get("links").size());
        assertEquals(400, veille.get("/api/search").status());
        assertEquals(List.of("Kafka Streams on GKE"), names(veille.get("/api/items?section=(Big)%20Data").json().get("items"), "title"));
        assertEquals(0, veille.get("/api/items?section=Cloud").json().get("items").size());
    }

    @Test
    void aLinkAddedByUrlAloneGetsThePagesTitle() {
        web.on("/article", CannedResponse.ok("text/html; charset=utf-8", """
                <html><head><title>Titre du site</title>
                <meta property="og:title" content="L'observabilité &amp; vous">
                <meta name="description" content="Un article sur la supervision."></head><body></body></html>"""));
        Answer info = veille.get("/api/page-info?url=" + web.url("/article"));
        assertEquals("L'observabilité & vous", info.json().get("title").asText());
        assertEquals("Un article sur la supervision.", info.json().get("description").asText());

        Answer created = veille.post("/api/links", "{\"url\":\"" + web.url("/article") + "\",\"section\":\"APM\",\"month\":\"2019-10\"}");
        assertEquals(201, created.status(), created.body());
        assertEquals("L'observabilité & vous", created.json().get("title").asText());

        web.on("/broken", CannedResponse.status(500));
        Answer failed = veille.post("/api/links", "{\"url\":\"" + web.url("/broken") + "\"}");
        assertEquals(400, failed.status());
        assertTrue(failed.json().get("error").asText().startsWith("url: could not read the page"), failed.body());
    }

    @Test
    void markdownPreviewIsRenderedSafely() {
        Answer rendered = veille.post("/api/render", "{\"markdown\":\"**Gras** <script>alert(1)</script> [x](javascript:alert(2))\"}");
        String html = rendered.json().get("html").asText();
        assertTrue(html.contains("<strong>Gras</strong>"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
        assertTrue(!html.contains("javascript:"), html);
    }

    private static void assertError(String message, Answer answer) {
        assertEquals(400, answer.status(), answer.body());
        assertEquals(message, answer.json().get("error").asText());
    }
}
