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

/**
 * Applying a release roll-up over the API: one request folds the releases into one bullet, and any refusal
 * (unknown link, outdated version, published month, suggestion gone) leaves every link as it was.
 */
class RollupApiIT {

    private static final String NOTES = "https://github.com/grafana/grafana/releases/tag/";
    private static final String APPLY = "/api/digests/2019-11/rollups/apply";

    private LocalHttpServer github;
    private RunningVeille veille;
    /** Grafana's releases kept in November, newest first: 6.4.3 (the kept one), 6.4.1, 6.4.0. */
    private final List<Long> releases = new ArrayList<>();
    /** A link of the same section kept between the releases, so the folding leaves gaps to close. */
    private long between;

    @BeforeEach
    void keepThreeReleasesOfGrafana() {
        github = LocalHttpServer.start();
        veille = RunningVeille.start(github.url(""));
        github.on("/grafana/grafana/releases.atom", CannedResponse.ok("application/atom+xml",
                TestFeeds.githubReleases("grafana/grafana", "v6.4.3", "v6.4.1", "v6.4.0")));
        Answer source = veille.post("/api/sources",
                "{\"kind\":\"github\",\"repo\":\"grafana/grafana\",\"title\":\"Grafana\",\"section\":\"Dataviz\"}");
        assertEquals(201, source.status(), source.body());
        assertEquals(200, veille.post("/api/sources/" + source.json().get("id").asLong() + "/poll", "").status());
        for (JsonNode item : veille.get("/api/items").json().get("items")) {
            releases.add(keep(item.get("id").asLong()));
            if (releases.size() == 1) {
                between = created(veille.post("/api/links", """
                        {"url":"https://grafana.com/blog/loki","title":"Loki","section":"Dataviz","month":"2019-11"}"""));
            }
        }
        assertEquals(3, releases.size());
    }

    @AfterEach
    void stop() {
        veille.close();
        github.close();
    }

    private long keep(long itemId) {
        return created(veille.post("/api/items/" + itemId + "/keep", "{\"month\":\"2019-11\"}"));
    }

    private static long created(Answer answer) {
        assertEquals(201, answer.status(), answer.body());
        return answer.json().get("id").asLong();
    }

    private long kept() {
        return releases.get(0);
    }

    private int keptVersion() {
        return veille.get("/api/links/" + kept()).json().get("version").asInt();
    }

    private String body(long keptId, List<Long> folded, Integer version) {
        return "{\"keptLinkId\":" + keptId + ",\"foldedLinkIds\":" + folded
                + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    private String applyAsSuggested() {
        return body(kept(), releases.subList(1, 3), keptVersion());
    }

    /** Every link of the month, as stored: what a refused roll-up must leave exactly as it was. */
    private String monthLinks() {
        return veille.get("/api/links?month=2019-11").body();
    }

    private static void assertRefused(int status, String message, Answer answer) {
        assertEquals(status, answer.status(), answer.body());
        assertEquals(message, answer.json().get("error").asText());
    }

    @Test
    void foldsTheReleasesIntoTheKeptLinkInOneRequest() {
        veille.patch("/api/links/" + kept(), """
                {"related":[{"url":"https://grafana.com/blog/6-4-3","title":"Le billet"},
                            {"url":"%sv6.4.0","title":"déjà là"}]}""".formatted(NOTES));

        Answer applied = veille.post(APPLY, applyAsSuggested());

        assertEquals(200, applied.status(), applied.body());
        JsonNode digest = applied.json();
        assertEquals("2019-11", digest.get("month").asText(), "the answer is the month's digest");
        assertEquals(0, digest.get("rollups").size(), "nothing left to fold");
        JsonNode links = digest.get("sections").get(0).get("links");
        assertEquals(List.of("Grafana 6.4.0 → 6.4.3", "Loki"),
                List.of(links.get(0).get("title").asText(), links.get(1).get("title").asText()));
        assertEquals(2, links.size());
        JsonNode kept = links.get(0);
        assertEquals(NOTES + "v6.4.3", kept.get("url").asText());
        assertEquals(List.of(NOTES + "v6.4.0", NOTES + "v6.4.1", "https://grafana.com/blog/6-4-3"),
                kept.get("related").findValuesAsText("url"),
                "older releases first, then the kept link's own related links not already among them");
        assertEquals(List.of(0, 1), List.of(links.get(0).get("position").asInt(), links.get(1).get("position").asInt()),
                "positions stay dense");
        for (long folded : releases.subList(1, 3)) {
            assertEquals(404, veille.get("/api/links/" + folded).status(), "link " + folded + " is gone");
        }
        assertEquals(200, veille.get("/api/links/" + between).status());

        String markdown = veille.get("/api/digests/2019-11/markdown").body();
        assertTrue(markdown.contains("\n## Dataviz\n\n- [Grafana 6.4.0 → 6.4.3](" + NOTES + "v6.4.3), [v6.4.0]("
                + NOTES + "v6.4.0), [v6.4.1](" + NOTES + "v6.4.1) et [Le billet](https://grafana.com/blog/6-4-3)\n"
                + "- [Loki](https://grafana.com/blog/loki)\n"), markdown);
    }

    @Test
    void anUnknownFoldedLinkChangesNothing() {
        String before = monthLinks();

        assertRefused(404, "link 987654 is not a link of 2019-11",
                veille.post(APPLY, body(kept(), List.of(releases.get(1), 987654L), keptVersion())));
        long october = created(veille.post("/api/links",
                "{\"url\":\"https://x.org\",\"title\":\"x\",\"section\":\"Dataviz\",\"month\":\"2019-10\"}"));
        assertRefused(404, "link " + october + " is not a link of 2019-11",
                veille.post(APPLY, body(kept(), List.of(releases.get(1), october), keptVersion())));

        assertEquals(before, monthLinks(), "the kept link untouched, every other link still there");
    }

    @Test
    void anOutdatedVersionOfTheKeptLinkIsRefusedWithTheStoredLink() {
        int seen = keptVersion();
        assertEquals(200, veille.patch("/api/links/" + kept(), "{\"commentary\":\"Écrit ailleurs.\"}").status());
        String before = monthLinks();

        Answer stale = veille.post(APPLY, body(kept(), releases.subList(1, 3), seen));

        assertRefused(409, "link " + kept() + " was changed elsewhere: you edited version " + seen
                + ", the stored one is version " + (seen + 1), stale);
        assertEquals("Écrit ailleurs.", stale.json().get("current").get("commentary").asText());
        assertEquals(before, monthLinks());
    }

    @Test
    void aPublishedMonthIsRefused() {
        String body = applyAsSuggested();
        assertEquals(200, veille.post("/api/digests/2019-11/publish", "").status());
        String before = monthLinks();

        assertRefused(409, "the digest of 2019-11 is published: unpublish it to change it or its links",
                veille.post(APPLY, body));

        assertEquals(before, monthLinks());
    }

    @Test
    void aRollupNoLongerSuggestedIsRefused() {
        String before = monthLinks();

        assertRefused(409, "links " + kept() + " and " + List.of(releases.get(1)) + " are not a roll-up suggested"
                + " for 2019-11 (a release was edited, moved or kept meanwhile): reload the month",
                veille.post(APPLY, body(kept(), List.of(releases.get(1)), null)));
        assertRefused(409, "links " + releases.get(1) + " and " + List.of(kept(), releases.get(2))
                + " are not a roll-up suggested for 2019-11 (a release was edited, moved or kept meanwhile): reload"
                + " the month", veille.post(APPLY, body(releases.get(1), List.of(kept(), releases.get(2)), null)));

        assertEquals(before, monthLinks());
    }

    @Test
    void aMalformedRequestNamesTheField() {
        assertRefused(400, "keptLinkId is required", veille.post(APPLY, "{\"foldedLinkIds\":[1]}"));
        assertRefused(400, "foldedLinkIds must list the links the kept one replaces",
                veille.post(APPLY, "{\"keptLinkId\":" + kept() + "}"));
        assertRefused(400, "foldedLinkIds must not hold the kept link " + kept(),
                veille.post(APPLY, body(kept(), List.of(kept()), null)));
        assertRefused(400, "unknown field 'title'", veille.post(APPLY, "{\"keptLinkId\":1,\"title\":\"x\"}"));
        assertRefused(400, "month must be a month as YYYY-MM, e.g. 2019-10 (got '2019-13')",
                veille.post("/api/digests/2019-13/rollups/apply", applyAsSuggested()));
    }
}
