package dev.veille.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.veille.testing.CannedResponse;
import dev.veille.testing.LocalHttpServer;
import dev.veille.testing.RunningVeille;
import dev.veille.testing.RunningVeille.Answer;
import dev.veille.testing.TestFeeds;
import dev.veille.testing.TestFeeds.Entry;

/** {@code /metrics} in the Prometheus text format, behind the bearer token, counting what really happened. */
class MetricsIT {

    @Test
    void pollsItemsSourcesAndRequestsAreCounted() {
        try (LocalHttpServer feeds = LocalHttpServer.start(); RunningVeille veille = RunningVeille.start(feeds.url(""))) {
            feeds.on("/ok.xml", CannedResponse.ok("application/rss+xml", TestFeeds.rss("ok",
                    Entry.of("A", "https://a.example/", "2019-10-01T08:00:00Z"),
                    Entry.of("B", "https://b.example/", "2019-10-02T08:00:00Z"))));
            feeds.on("/down.xml", CannedResponse.ok("application/rss+xml", TestFeeds.rss("down")));
            long ok = veille.post("/api/sources", "{\"kind\":\"feed\",\"url\":\"" + feeds.url("/ok.xml") + "\"}").json().get("id").asLong();
            long down = veille.post("/api/sources", "{\"kind\":\"feed\",\"url\":\"" + feeds.url("/down.xml") + "\"}").json().get("id").asLong();
            feeds.on("/down.xml", CannedResponse.status(500));
            veille.post("/api/sources/" + ok + "/poll", "");
            veille.post("/api/sources/" + down + "/poll", "");
            veille.get("/api/items");
            veille.get("/api/links/12345");

            assertEquals(401, veille.send(veille.request("/metrics")).status(), "metrics need the token");
            Answer metrics = veille.get("/metrics");
            assertEquals(200, metrics.status());
            assertEquals("text/plain; version=0.0.4; charset=utf-8",
                    metrics.response().headers().firstValue("Content-Type").orElse(""));
            List<String> lines = metrics.body().lines().toList();
            for (String expected : List.of(
                    "veille_polls_total{result=\"ok\"} 1",
                    "veille_polls_total{result=\"not-modified\"} 0",
                    "veille_polls_total{result=\"error\"} 1",
                    "veille_poll_duration_seconds_count 2",
                    "veille_items_stored_total 2",
                    "veille_sources 2",
                    "veille_sources_in_error 1",
                    "veille_http_requests_total{method=\"GET\",route=\"/api/items\",status=\"200\"} 1",
                    "veille_http_requests_total{method=\"GET\",route=\"/api/links/{id}\",status=\"404\"} 1",
                    "veille_http_requests_total{method=\"POST\",route=\"/api/sources/{id}/poll\",status=\"200\"} 2",
                    "veille_http_request_duration_seconds_count{method=\"GET\",route=\"/api/items\"} 1",
                    "veille_http_request_duration_seconds_bucket{method=\"GET\",route=\"/api/items\",le=\"+Inf\"} 1")) {
                assertTrue(lines.contains(expected), expected + " in\n" + metrics.body());
            }
            assertTrue(lines.contains("# TYPE veille_poll_duration_seconds histogram"));
        }
    }
}
