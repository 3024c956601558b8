package dev.veille.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.veille.testing.CannedResponse;
import dev.veille.testing.LocalHttpServer;
import dev.veille.testing.RunningVeille;
import dev.veille.testing.RunningVeille.Answer;
import dev.veille.web.FirstMonthPosts.Feed;
import dev.veille.web.FirstMonthPosts.Post;

/** Section and tag guesses over real HTTP and SQLite: right at first guess, shown and stored as guesses. */
class SectionGuessesIT {

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

    @Test
    void aFirstMonthWithNoHistoryIsFiledRightAtFirstGuessAndGetsMostWantedTags() {
        for (Feed feed : FirstMonthPosts.FEEDS) {
            watch(feed, FirstMonthPosts.POSTS.stream().filter(post -> post.feed() == feed).toList());
        }
        Map<String, JsonNode> items = new HashMap<>();
        veille.get("/api/items?limit=200").json().get("items").forEach(item -> items.put(item.get("title").asText(), item));
        assertEquals(30, items.size());

        List<String> misses = new ArrayList<>();
        for (Post post : FirstMonthPosts.POSTS) {
            JsonNode item = items.get(post.title());
            if (!post.section().equals(item.get("suggestedSection").asText())) {
                misses.add(post.title() + " → " + item.get("suggestedSection").asText() + " ("
                        + item.get("suggestedSectionReason").asText() + ")");
            }
            assertEquals(post.feed().section() != null ? "source" : item.get("suggestedSectionReason").asText(),
                    item.get("suggestedSectionReason").asText(), "a source's section comes first: " + post.title());
        }
        assertTrue(misses.size() <= 3, (30 - misses.size()) + "/30 right at first guess; missed: " + misses);

        int wanted = 0;
        int prefilled = 0;
        for (Post post : FirstMonthPosts.POSTS) {
            JsonNode item = items.get(post.title());
            Answer kept = veille.post("/api/items/" + item.get("id").asLong() + "/keep", "{\"month\":\"2019-10\"}");
            assertEquals(201, kept.status(), kept.body());
            assertTrue(kept.json().get("sectionGuessed").asBoolean());
            List<String> tags = strings(kept.json().get("tags"));
            assertTrue(tags.size() <= 8, tags.toString());
            wanted += post.tags().size();
            prefilled += (int) post.tags().stream().filter(tags::contains).count();
        }
        assertTrue(prefilled * 2 >= wanted, prefilled + " of the " + wanted + " wanted tags prefilled");
    }

    @Test
    void theCuratorsMovesTeachTheGuessAndOutweighKeywords() {
        Feed blog = new Feed("/acme.xml", "Acme engineering", null);
        List<Post> posts = new ArrayList<>();
        for (String title : List.of("Kubernetes autoscaling at Acme", "Our Kubernetes upgrade checklist",
                "Kubernetes stateful sets in production", "Kubernetes network policies at Acme")) {
            posts.add(new Post(blog, title, "https://blog.acme.example/" + title.toLowerCase().replace(' ', '-'),
                    "", List.of(), null, List.of()));
        }
        watch(blog, posts);
        List<JsonNode> items = new ArrayList<>();
        veille.get("/api/items").json().get("items").forEach(items::add);
        items.sort((a, b) -> a.get("publishedAt").asText().compareTo(b.get("publishedAt").asText()));
        for (JsonNode item : items) {
            assertEquals("Container et Orchestration", item.get("suggestedSection").asText(), "by keyword first");
            assertEquals("keyword", item.get("suggestedSectionReason").asText());
            assertEquals("Kubernetes", item.get("suggestedSectionEvidence").asText());
        }

        for (int i = 0; i < 3; i++) {
            JsonNode link = veille.post("/api/items/" + items.get(i).get("id").asLong() + "/keep",
                    "{\"month\":\"2019-10\"}").json();
            // Two links of a site in one section are evidence; one is not.
            assertEquals(i < 2 ? "keyword" : "history", link.get("sectionReason").asText(), "keep " + i);
            assertEquals(i < 2 ? "Container et Orchestration" : "Cloud", link.get("section").asText());
            Answer moved = veille.patch("/api/links/" + link.get("id").asLong(), "{\"section\":\"Cloud\",\"version\":1}");
            assertEquals(200, moved.status(), moved.body());
            assertFalse(moved.json().get("sectionGuessed").asBoolean());
            assertTrue(moved.json().get("sectionReason").isNull());
        }

        JsonNode next = veille.get("/api/items/" + items.get(3).get("id").asLong()).json();
        assertEquals("Cloud", next.get("suggestedSection").asText(), "three links from blog.acme.example filed in Cloud");
        assertEquals("history", next.get("suggestedSectionReason").asText());
        assertEquals("blog.acme.example", next.get("suggestedSectionEvidence").asText());
        JsonNode kept = veille.post("/api/items/" + next.get("id").asLong() + "/keep", "{\"month\":\"2019-10\"}").json();
        assertEquals("Cloud", kept.get("section").asText());
        assertEquals("history", kept.get("sectionReason").asText());
        assertEquals(kept.get("id").asLong(), veille.get("/api/items/" + next.get("id").asLong()).json().get("linkId").asLong());
    }

    @Test
    void aSectionIsAGuessUntilTheCuratorNamesIt() {
        watch(FirstMonthPosts.NEWS, List.of(FirstMonthPosts.POSTS.get(9))); // PostgreSQL 12, no source section
        JsonNode item = veille.get("/api/items").json().get("items").get(0);
        assertTrue(item.get("linkId").isNull(), "not kept yet");
        assertEquals("SQL", item.get("suggestedSection").asText());

        JsonNode chosen = veille.post("/api/items/" + item.get("id").asLong() + "/keep",
                "{\"month\":\"2019-10\",\"section\":\"Web\"}").json();
        assertEquals("Web", chosen.get("section").asText());
        assertFalse(chosen.get("sectionGuessed").asBoolean(), "an explicit section is the curator's choice");
        assertTrue(chosen.get("sectionReason").isNull());

        JsonNode byUrl = veille.post("/api/links", "{\"url\":\"https://a.example/\",\"title\":\"A\",\"month\":\"2019-10\"}").json();
        assertEquals("APM", byUrl.get("section").asText(), "the first section");
        assertTrue(byUrl.get("sectionGuessed").asBoolean());
        assertEquals("none", byUrl.get("sectionReason").asText());
        long id = byUrl.get("id").asLong();

        JsonNode edited = veille.patch("/api/links/" + id, "{\"title\":\"A bis\",\"version\":1}").json();
        assertTrue(edited.get("sectionGuessed").asBoolean(), "an edit that does not name the section keeps the guess");
        Answer stale = veille.patch("/api/links/" + id, "{\"section\":\"APM\",\"version\":1}");
        assertEquals(409, stale.status(), "version checks are unchanged");
        assertTrue(stale.json().get("current").get("sectionGuessed").asBoolean());
        JsonNode confirmed = veille.patch("/api/links/" + id, "{\"section\":\"APM\",\"version\":2}").json();
        assertEquals(3, confirmed.get("version").asInt());
        assertFalse(confirmed.get("sectionGuessed").asBoolean(), "the same section, named: confirmed");
        assertFalse(veille.get("/api/links/" + id).json().get("sectionGuessed").asBoolean());

        JsonNode digestLink = veille.get("/api/digests/2019-10").json().get("sections").get(0).get("links").get(0);
        assertEquals(id, digestLink.get("id").asLong());
        assertFalse(digestLink.get("sectionGuessed").asBoolean());
        assertTrue(digestLink.has("sectionReason"));
    }

    @Test
    void keywordsAreListedEditedAndChecked() {
        JsonNode sql = section("SQL");
        assertTrue(strings(sql.get("keywords")).containsAll(List.of("PostgreSQL", "MySQL", "SQLite")), sql.toString());
        long id = sql.get("id").asLong();

        Answer edited = veille.patch("/api/sections/" + id, "{\"keywords\":[\" DuckDB \",\"duckdb\",\"Query planner\"]}");
        assertEquals(200, edited.status(), edited.body());
        assertEquals(List.of("DuckDB", "Query planner"), strings(edited.json().get("keywords")),
                "trimmed, repeats dropped ignoring case");
        assertEquals(List.of("DuckDB", "Query planner"), strings(section("SQL").get("keywords")));
        assertEquals("SQL", edited.json().get("name").asText(), "the name is left as it is");

        Answer created = veille.post("/api/sections", "{\"name\":\"Réseau\",\"keywords\":[\"BGP\",\"IPv6\"]}");
        assertEquals(201, created.status(), created.body());
        assertEquals(List.of("BGP", "IPv6"), strings(created.json().get("keywords")));

        List<String> many = new ArrayList<>();
        for (int i = 0; i < 201; i++) {
            many.add("\"mot" + i + "\"");
        }
        assertError("keywords : au plus 200 mots-clés par rubrique (reçu 201)",
                veille.patch("/api/sections/" + id, "{\"keywords\":[" + String.join(",", many) + "]}"));
        assertError("keywords : un mot-clé ne peut pas être vide", veille.patch("/api/sections/" + id, "{\"keywords\":[\"  \"]}"));
        assertError("keywords : « xxxxxxxxxxxxxxxxxxxx… » dépasse 60 caractères",
                veille.patch("/api/sections/" + id, "{\"keywords\":[\"" + "x".repeat(61) + "\"]}"));
        assertError("keywords : « -- » ne contient ni lettre ni chiffre",
                veille.patch("/api/sections/" + id, "{\"keywords\":[\"--\"]}"));
        assertEquals(List.of("DuckDB", "Query planner"), strings(section("SQL").get("keywords")), "nothing stored");
    }

    @Test
    void editedKeywordsGuessTheNextItems() {
        watch(FirstMonthPosts.NEWS, List.of(new Post(FirstMonthPosts.NEWS, "DuckDB 0.1: an embeddable OLAP engine",
                "https://duckdb.example/news/0.1", "", List.of(), "SQL", List.of())));
        String itemPath = "/api/items/" + veille.get("/api/items").json().get("items").get(0).get("id").asLong();
        assertEquals("none", veille.get(itemPath).json().get("suggestedSectionReason").asText());
        veille.patch("/api/sections/" + section("SQL").get("id").asLong(), "{\"keywords\":[\"DuckDB\"]}");
        JsonNode item = veille.get(itemPath).json();
        assertEquals("SQL", item.get("suggestedSection").asText());
        assertEquals("keyword", item.get("suggestedSectionReason").asText());
        assertEquals("DuckDB", item.get("suggestedSectionEvidence").asText());
    }

    private JsonNode section(String name) {
        for (JsonNode section : veille.get("/api/sections").json()) {
            if (section.get("name").asText().equals(name)) {
                return section;
            }
        }
        throw new AssertionError("no section " + name);
    }

    private void watch(Feed feed, List<Post> posts) {
        web.on(feed.path(), CannedResponse.ok("application/rss+xml", rss(feed, posts)));
        String section = feed.section() == null ? "" : ",\"section\":\"" + feed.section() + "\"";
        Answer source = veille.post("/api/sources", "{\"kind\":\"feed\",\"url\":\"" + web.url(feed.path()) + "\"" + section + "}");
        assertEquals(201, source.status(), source.body());
        Answer polled = veille.post("/api/sources/" + source.json().get("id").asLong() + "/poll", "");
        assertEquals(posts.size(), polled.json().get("newItems").asInt(), polled.body());
    }

    private static String rss(Feed feed, List<Post> posts) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>")
                .append(escape(feed.title())).append("</title><link>https://feeds.example/</link>\n");
        for (Post post : posts) {
            xml.append("<item><title>").append(escape(post.title())).append("</title><link>").append(escape(post.url()))
                    .append("</link><guid>").append(escape(post.url())).append("</guid><pubDate>")
                    .append(DateTimeFormatter.RFC_1123_DATE_TIME.format(FirstMonthPosts.published(post).atOffset(ZoneOffset.UTC)))
                    .append("</pubDate>");
            post.categories().forEach(c -> xml.append("<category>").append(escape(c)).append("</category>"));
            xml.append("<description>").append(escape(post.summary())).append("</description></item>\n");
        }
        return xml.append("</channel></rss>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }

    private static void assertError(String message, Answer answer) {
        assertEquals(400, answer.status(), answer.body());
        assertEquals(message, answer.json().get("error").asText());
    }
}
