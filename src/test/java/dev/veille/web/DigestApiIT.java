package dev.veille.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.veille.testing.RunningVeille;
import dev.veille.testing.RunningVeille.Answer;

/** A month's digest over the API: defaults, edits, the exact Markdown, the publish freeze, import. */
class DigestApiIT {

    private RunningVeille veille;

    @BeforeEach
    void start() {
        veille = RunningVeille.start("http://127.0.0.1:9");
    }

    @AfterEach
    void stop() {
        veille.close();
    }

    private long link(String json) {
        Answer created = veille.post("/api/links", json);
        assertEquals(201, created.status(), created.body());
        return created.json().get("id").asLong();
    }

    private void octoberLinks() {
        link("""
                {"url":"https://traefik.io/blog/traefik-2-0","title":"Traefik 2.0 [GA]","section":"Container et Orchestration",
                 "month":"2019-10","tags":["traefik","kubernetes"],"commentary":"Enfin la 2.0 !\\nAvec les middlewares."}""");
        link("""
                {"url":"https://kafka.apache.org/blog (2.3)","title":"Kafka 2.3","section":"(Big) Data","month":"2019-10",
                 "tags":["kafka"],"commentary":"L'API s'améliore.",
                 "related":[{"url":"https://www.confluent.io/blog/kafka-2-3","title":"Chez Confluent"}],
                 "via":{"title":"Un ami","url":"https://ami.example/"}}""".replace("blog (2.3)", "blog"));
        link("""
                {"url":"https://grafana.com/blog/6-4","title":"Grafana 6.4","section":"(Big) Data","month":"2019-10",
                 "tags":["grafana","kafka"]}""");
    }

    @Test
    void aMonthHasDefaultsDerivedFromItsLinks() {
        octoberLinks();
        JsonNode digest = veille.get("/api/digests/2019-10").json();
        assertEquals("Web, Ops & Data - Octobre 2019", digest.get("title").asText());
        assertEquals("2019-10-31", digest.get("date").asText());
        assertEquals("[\"kafka\",\"grafana\",\"traefik\",\"kubernetes\"]", digest.get("tags").toString(),
                "first appearance: sections in order, links by position, each link's tags in order");
        assertEquals("draft", digest.get("status").asText());
        assertEquals(2, digest.get("sections").size(), "empty sections left out");
        assertEquals("(Big) Data", digest.get("sections").get(0).get("name").asText());
        assertEquals("Kafka 2.3", digest.get("sections").get(0).get("links").get(0).get("title").asText());
        assertTrue(digest.get("sections").get(0).get("links").get(0).get("publishedIn").isNull());
        assertEquals("Web, Ops & Data - Février 2020", veille.get("/api/digests/2020-02").json().get("title").asText());
        assertEquals("2020-02-29", veille.get("/api/digests/2020-02").json().get("date").asText(), "leap year");
        assertEquals(400, veille.get("/api/digests/2019-13").status());
    }

    @Test
    void theMarkdownIsExactlyTheDocumentedFormat() {
        octoberLinks();
        Answer patched = veille.patch("/api/digests/2019-10", """
                {"intro":"Bonjour à tous,\\n\\nvoici la veille d'octobre.","tip":{"title":"jq","body":"Utilisez `jq -r`."},
                 "outro":"À bientôt !"}""");
        assertEquals(200, patched.status(), patched.body());
        Answer markdown = veille.get("/api/digests/2019-10/markdown");
        assertEquals("text/markdown; charset=utf-8", markdown.response().headers().firstValue("Content-Type").orElse(""));
        assertEquals("""
                ---
                title: "Web, Ops & Data - Octobre 2019"
                date: 2019-10-31
                tags: ["kafka", "grafana", "traefik", "kubernetes"]
                ---

                Bonjour à tous,

                voici la veille d'octobre.

                ## (Big) Data

                - [Kafka 2.3](https://kafka.apache.org/blog) et [Chez Confluent](https://www.confluent.io/blog/kafka-2-3) : L'API s'améliore. (via [Un ami](https://ami.example/))
                - [Grafana 6.4](https://grafana.com/blog/6-4)

                ## Container et Orchestration

                - [Traefik 2.0 \\[GA\\]](https://traefik.io/blog/traefik-2-0) : Enfin la 2.0 !
                  Avec les middlewares.

                ## Astuce du mois : jq

                Utilisez `jq -r`.

                À bientôt !
                """, markdown.body());
        Answer download = veille.get("/api/digests/2019-10/markdown?download");
        assertEquals("attachment; filename=\"2019-10-web-ops-data.md\"",
                download.response().headers().firstValue("Content-Disposition").orElse(""));
    }

    @Test
    void titleDateAndTagsCanBeSetAndReset() {
        octoberLinks();
        JsonNode edited = veille.patch("/api/digests/2019-10",
                "{\"title\":\"Veille \\\"spéciale\\\"\",\"date\":\"2019-11-02\",\"tags\":[\"kafka\"]}").json();
        assertEquals("Veille \"spéciale\"", edited.get("title").asText());
        assertEquals("2019-11-02", edited.get("date").asText());
        assertEquals("[\"kafka\"]", edited.get("tags").toString());
        assertTrue(veille.get("/api/digests/2019-10/markdown").body().startsWith(
                "---\ntitle: \"Veille \\\"spéciale\\\"\"\ndate: 2019-11-02\ntags: [\"kafka\"]\n---\n"));
        JsonNode reset = veille.patch("/api/digests/2019-10", "{\"title\":null,\"date\":null,\"tags\":null}").json();
        assertEquals("Web, Ops & Data - Octobre 2019", reset.get("title").asText());
        assertEquals("2019-10-31", reset.get("date").asText());
        assertEquals(4, reset.get("tags").size());
        assertEquals("date must be an ISO date such as 2019-10-31 (got '31/10/2019')",
                veille.patch("/api/digests/2019-10", "{\"date\":\"31/10/2019\"}").json().get("error").asText());
        assertEquals(400, veille.patch("/api/digests/2019-10", "{\"colour\":\"red\"}").status());
    }

    @Test
    void publishingFreezesTheMonthUntilUnpublished() {
        octoberLinks();
        long id = veille.get("/api/links?month=2019-10").json().get(0).get("id").asLong();
        JsonNode published = veille.post("/api/digests/2019-10/publish", "").json();
        assertEquals("published", published.get("status").asText());
        assertTrue(published.get("publishedAt").asText().endsWith("Z"));

        String frozen = "the digest of 2019-10 is published: unpublish it to change it or its links";
        assertConflict(frozen, veille.patch("/api/links/" + id, "{\"commentary\":\"modifié\"}"));
        assertConflict(frozen, veille.patch("/api/links/" + id, "{\"position\":2}"));
        assertConflict(frozen, veille.delete("/api/links/" + id));
        assertConflict(frozen, veille.post("/api/links", "{\"url\":\"https://x.org\",\"title\":\"x\",\"month\":\"2019-10\"}"));
        long november = link("{\"url\":\"https://x.org\",\"title\":\"x\",\"month\":\"2019-11\"}");
        assertConflict(frozen, veille.patch("/api/links/" + november, "{\"month\":\"2019-10\"}"));
        assertConflict(frozen, veille.patch("/api/digests/2019-10", "{\"intro\":\"trop tard\"}"));
        assertEquals("published", veille.get("/api/digests").json().get(1).get("status").asText());

        assertEquals("draft", veille.post("/api/digests/2019-10/unpublish", "").json().get("status").asText());
        assertEquals(200, veille.patch("/api/links/" + id, "{\"commentary\":\"modifié\"}").status());
    }

    @Test
    void aLinkAlreadyPublishedInAnEarlierMonthIsFlagged() {
        link("{\"url\":\"https://Grafana.com/blog/6-4/?utm_source=x\",\"title\":\"Grafana\",\"month\":\"2019-08\",\"section\":\"Dataviz\"}");
        veille.post("/api/digests/2019-08/publish", "");
        octoberLinks();
        JsonNode links = veille.get("/api/digests/2019-10").json().get("sections").get(0).get("links");
        assertEquals("Grafana 6.4", links.get(1).get("title").asText());
        assertEquals("2019-08", links.get(1).get("publishedIn").asText());
        assertTrue(links.get(0).get("publishedIn").isNull());
    }

    @Test
    void importingAnExportGivesBackTheSameDigest() {
        octoberLinks();
        veille.patch("/api/digests/2019-10", "{\"intro\":\"Intro\",\"tip\":{\"title\":\"Astuce\",\"body\":\"Corps\"},\"outro\":\"Fin\"}");
        String exported = veille.get("/api/digests/2019-10/markdown").body();

        try (RunningVeille other = RunningVeille.start("http://127.0.0.1:9")) {
            Answer imported = other.send(other.request("/api/digests/import").header("Authorization", "Bearer " + RunningVeille.TOKEN)
                    .header("Content-Type", "text/markdown").POST(HttpRequest.BodyPublishers.ofString(exported)));
            assertEquals(201, imported.status(), imported.body());
            assertEquals("2019-10", imported.json().get("month").asText());
            assertEquals(3, imported.json().get("links").asInt());
            assertEquals(0, imported.json().get("warnings").size());
            assertEquals(exported, other.get("/api/digests/2019-10/markdown").body(), "same bytes after the round trip");
            assertEquals("published", other.get("/api/digests/2019-10").json().get("status").asText());
            assertEquals(java.util.List.of("grafana", "kafka", "traefik"),
                    other.get("/api/tags").json().findValuesAsText("tag").stream().sorted().toList(),
                    "the post's tags that its links mention feed the vocabulary");

            Answer again = other.send(other.request("/api/digests/import").header("Authorization", "Bearer " + RunningVeille.TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString(exported)));
            assertEquals(409, again.status());
        }
    }

    @Test
    void aPastPostInAnotherStyleIsReadWithItsVariations() {
        String post = """
                # Web, Ops & Data - Août 2019

                Un été calme.

                ## Sécurité

                * [Un CVE](https://cve.example/1): à corriger vite
                * [Un outil](https://tool.example) - pour scanner

                ## Nouvelle rubrique

                - [Ailleurs](https://elsewhere.example)
                """;
        Answer imported = veille.send(veille.request("/api/digests/import").header("Authorization", "Bearer " + RunningVeille.TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(post)));
        assertEquals(201, imported.status(), imported.body());
        assertEquals("2019-08", imported.json().get("month").asText(), "month read from the title");
        JsonNode digest = veille.get("/api/digests/2019-08").json();
        assertEquals("Sécurité", digest.get("sections").get(0).get("name").asText());
        assertEquals("à corriger vite", digest.get("sections").get(0).get("links").get(0).get("commentary").asText());
        assertEquals("Nouvelle rubrique", digest.get("sections").get(1).get("name").asText(), "missing sections are created");
        assertTrue(veille.get("/api/sections").json().findValuesAsText("name").contains("Nouvelle rubrique"));
    }

    @Test
    void severalReleasesOfOneProjectAreSuggestedAsOneBullet() {
        try (dev.veille.testing.LocalHttpServer github = dev.veille.testing.LocalHttpServer.start();
             RunningVeille withGithub = RunningVeille.start(github.url(""))) {
            github.on("/grafana/grafana/releases.atom", dev.veille.testing.CannedResponse.ok("application/atom+xml",
                    dev.veille.testing.TestFeeds.githubReleases("grafana/grafana", "v6.4.3", "v6.4.0")));
            long source = withGithub.post("/api/sources", "{\"kind\":\"github\",\"repo\":\"grafana/grafana\",\"title\":\"Grafana\"}")
                    .json().get("id").asLong();
            withGithub.post("/api/sources/" + source + "/poll", "");
            for (JsonNode item : withGithub.get("/api/items").json().get("items")) {
                assertEquals(201, withGithub.post("/api/items/" + item.get("id").asLong() + "/keep", "{\"month\":\"2019-11\"}").status());
            }
            JsonNode rollups = withGithub.get("/api/digests/2019-11").json().get("rollups");
            assertEquals(1, rollups.size(), rollups.toString());
            JsonNode rollup = rollups.get(0);
            assertEquals("Grafana 6.4.0 → 6.4.3", rollup.get("title").asText());
            assertEquals("https://github.com/grafana/grafana/releases/tag/v6.4.3", rollup.get("url").asText());
            assertEquals("https://github.com/grafana/grafana/releases/tag/v6.4.0", rollup.get("related").get(0).get("url").asText());
            assertEquals(1, rollup.get("foldedLinkIds").size());
        }
    }

    private static void assertConflict(String message, Answer answer) {
        assertEquals(409, answer.status(), answer.body());
        assertEquals(message, answer.json().get("error").asText());
    }
}
