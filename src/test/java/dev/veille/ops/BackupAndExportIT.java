package dev.veille.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.veille.cli.Cli;
import dev.veille.testing.RunningVeille;

/** Backups of the live database, restored and checked; the whole-content export, loaded back. */
class BackupAndExportIT {

    @TempDir
    Path dir;

    private void fill(RunningVeille veille) {
        assertEquals(201, veille.post("/api/sources", "{\"kind\":\"github\",\"repo\":\"helm/helm\",\"section\":\"Cloud\"}").status());
        assertEquals(201, veille.post("/api/sources", """
                {"kind":"page","url":"https://docs.example/telegraf","selectors":{"item":"li","link":"a"},"intervalMinutes":120}""").status());
        assertEquals(201, veille.post("/api/sections", "{\"name\":\"Réseau\",\"position\":0}").status());
        assertEquals(201, veille.post("/api/links", """
                {"url":"https://a.example/","title":"Sécurité d'abord","commentary":"Ligne 1\\nLigne 2","section":"Réseau",
                 "month":"2019-10","tags":["dns"],"related":[{"url":"https://b.example/","title":"B"}],
                 "via":{"title":"V","url":"https://v.example/"}}""").status());
        assertEquals(201, veille.post("/api/links", "{\"url\":\"https://c.example/\",\"title\":\"C\",\"section\":\"Cloud\",\"month\":\"2019-10\"}").status());
        veille.patch("/api/digests/2019-10", "{\"intro\":\"Bonjour\",\"tip\":{\"title\":\"T\",\"body\":\"B\"},\"title\":\"Spécial\"}");
        veille.post("/api/digests/2019-10/publish", "");
    }

    private int run(Map<String, String> env, ByteArrayOutputStream out, String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, env, Clock.systemUTC()).run(args);
    }

    @Test
    void aBackupTakenWhileTheServerRunsRestoresEverything() throws Exception {
        try (RunningVeille veille = RunningVeille.start("http://127.0.0.1:9")) {
            fill(veille);
            String markdown = veille.get("/api/digests/2019-10/markdown").body();

            Path copy = dir.resolve("copy/veille.db");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Map<String, String> env = Map.of("VEILLE_DB", veille.dbFile().toString(), "VEILLE_DEFAULT_SOURCES", "false");
            assertEquals(Cli.OK, run(env, out, "backup", copy.toString()));
            assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("backed up "), out.toString(StandardCharsets.UTF_8));
            assertEquals(Cli.USAGE, run(env, new ByteArrayOutputStream(), "backup", copy.toString()), "never overwrites");

            HttpResponse<byte[]> download = HttpClient.newHttpClient().send(veille.request("/api/backup")
                    .header("Authorization", "Bearer " + RunningVeille.TOKEN).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, download.statusCode());
            assertTrue(download.headers().firstValue("Content-Disposition").orElse("").matches("attachment; filename=\"veille-\\d{8}-\\d{6}\\.db\""));
            Path downloaded = dir.resolve("downloaded.db");
            Files.write(downloaded, download.body());

            for (Path restored : new Path[] {copy, downloaded}) {
                try (RunningVeille back = RunningVeille.start("http://127.0.0.1:9", Map.of("VEILLE_DB", restored.toString()))) {
                    assertEquals(markdown, back.get("/api/digests/2019-10/markdown").body(), restored.toString());
                    assertEquals(2, back.get("/api/sources").json().size());
                    assertEquals("published", back.get("/api/digests/2019-10").json().get("status").asText());
                }
            }
        }
    }

    @Test
    void theWholeContentExportLoadsIntoAnEmptyDatabaseAndExportsTheSame() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Path file = dir.resolve("all.json");
        JsonNode first;
        try (RunningVeille veille = RunningVeille.start("http://127.0.0.1:9")) {
            fill(veille);
            first = veille.get("/api/export").json();
            assertEquals("veille-export", first.get("format").asText());
            assertEquals(2, first.get("sources").size());
            assertEquals(2, first.get("links").size());
            assertEquals("Réseau", first.get("sections").get(0).asText());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertEquals(Cli.OK, run(Map.of("VEILLE_DB", veille.dbFile().toString(), "VEILLE_DEFAULT_SOURCES", "false"),
                    out, "export-all", "-o", file.toString()));
        }
        Map<String, String> empty = Map.of("VEILLE_DB", dir.resolve("empty.db").toString(), "VEILLE_DEFAULT_SOURCES", "false");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(Cli.OK, run(empty, out, "import-all", file.toString()), out.toString(StandardCharsets.UTF_8));
        assertEquals("imported 2 source(s), 2 link(s), 1 digest(s)\n", out.toString(StandardCharsets.UTF_8));
        assertEquals(Cli.USAGE, run(empty, new ByteArrayOutputStream(), "import-all", file.toString()), "only into an empty database");

        try (RunningVeille back = RunningVeille.start("http://127.0.0.1:9", Map.of("VEILLE_DB", dir.resolve("empty.db").toString()))) {
            JsonNode second = back.get("/api/export").json();
            assertEquals(withoutTimes(first), withoutTimes(second));
        }
    }

    // Times of the export and of the links' creation are the only things a reload may change.
    private static JsonNode withoutTimes(JsonNode document) {
        ObjectNode copy = document.deepCopy();
        copy.remove("exportedAt");
        copy.get("links").forEach(link -> {
            ((ObjectNode) link).remove("createdAt");
            ((ObjectNode) link).remove("updatedAt");
        });
        return copy;
    }
}
