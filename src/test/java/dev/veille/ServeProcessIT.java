package dev.veille;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.veille.testing.VeilleProcess;

/** The packaged jar as an operator runs it: a separate process, its console, its exit status. */
class ServeProcessIT {

    private static final Duration START = Duration.ofSeconds(30);
    // Nothing but a free port and no default sources: the database is the default ./data/veille.db.
    private static final Map<String, String> ENV = Map.of("VEILLE_PORT", "0", "VEILLE_DEFAULT_SOURCES", "false");

    @TempDir
    Path dir;

    @Test
    void serveStartsOnTheDefaultDatabasePrintsItsTokenAndStopsCleanlyOnSigterm() throws Exception {
        try (VeilleProcess serve = VeilleProcess.start(dir, ENV, "serve")) {
            serve.awaitLine(Pattern.compile("Generated API token"), START);
            String token = serve.awaitLine(Pattern.compile("^\\s+\\S+$"), Duration.ofSeconds(5)).trim();
            String base = serve.awaitListening(START);

            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(base + "/api/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());
            assertTrue(health.body().contains("\"status\":\"ok\""), health.body());
            assertTrue(health.body().contains("\"scheduler\":\"running\""), health.body());

            HttpResponse<String> sources = client.send(HttpRequest.newBuilder(URI.create(base + "/api/sources"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, sources.statusCode(), "the printed token opens the API");
            assertEquals("[]", sources.body());
            assertTrue(Files.isRegularFile(dir.resolve("data/veille.db")), "default database ./data/veille.db");

            serve.process().destroy(); // SIGTERM
            assertEquals(143, serve.awaitExit(Duration.ofSeconds(40)),
                    "128 + SIGTERM: the shutdown hook ran and the JVM ended normally");
        }
    }

    @Test
    void aBadSettingIsOneLineAndExitTwo() throws Exception {
        try (VeilleProcess process = VeilleProcess.start(dir, ENV, "serve", "--port", "seventy")) {
            assertEquals(2, process.awaitExit(START));
            assertEquals("veille serve: --port: 'seventy' is not valid, expected a whole number from 0 to 65535\n",
                    process.output());
        }
    }

    @Test
    void otherCommandsPrintOnlyTheirOwnOutput() throws Exception {
        try (VeilleProcess list = VeilleProcess.start(dir, ENV, "sources", "list")) {
            assertEquals(0, list.awaitExit(START));
            assertEquals("0 source(s)\n", list.output(), "no token, no library chatter");
        }
    }
}
