package dev.veille.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.Javalin;

import dev.veille.App;
import dev.veille.config.Config;

/**
 * The real Veille for integration tests: a temporary SQLite file migrated by the real migrations, the real
 * server on a random port, and an HTTP client that speaks to it with the test token.
 */
public final class RunningVeille implements AutoCloseable {

    public static final String TOKEN = "test-token";

    /** An answer from the server: status, raw body, body as JSON (null when not JSON). */
    public record Answer(int status, String body, JsonNode json, HttpResponse<String> response) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final App app;
    private final String base;
    private final Javalin server;
    private final HttpClient client = HttpClient.newHttpClient();
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    private RunningVeille(String githubUrl, Map<String, String> extraEnv) {
        try {
            dir = Files.createTempDirectory("veille-it");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> env = new java.util.HashMap<>(Map.of(
                "VEILLE_DB", dir.resolve("veille.db").toString(),
                "VEILLE_PORT", "0",
                "VEILLE_TOKEN", TOKEN,
                "VEILLE_DEFAULT_SOURCES", "false",
                "VEILLE_GITHUB_URL", githubUrl,
                "VEILLE_ALLOW_PRIVATE_NETWORKS", "true"));
        env.putAll(extraEnv);
        app = App.open(Config.load(Map.of(), env), Clock.systemUTC(),
                new PrintStream(console, true, StandardCharsets.UTF_8));
        server = app.startServer();
        base = "http://localhost:" + server.port();
    }

    public static RunningVeille start(String githubUrl) {
        return new RunningVeille(githubUrl, Map.of());
    }

    public static RunningVeille start(String githubUrl, Map<String, String> env) {
        return new RunningVeille(githubUrl, env);
    }

    /** "http://localhost:port", where a browser reaches this Veille. */
    public String baseUrl() {
        return base;
    }

    public App app() {
        return app;
    }

    /** The running Javalin server, e.g. to list its routes. */
    public Javalin server() {
        return server;
    }

    public Path dbFile() {
        return dir.resolve("veille.db");
    }

    public String console() {
        return console.toString(StandardCharsets.UTF_8);
    }

    public Answer get(String path) {
        return send(authorized(path).GET());
    }

    public Answer post(String path, String json) {
        return send(authorized(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Answer patch(String path, String json) {
        return send(authorized(path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    public Answer delete(String path) {
        return send(authorized(path).DELETE());
    }

    /** A request without credentials, or with whatever headers the test adds. */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    }

    public Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode json = null;
            if (response.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
                json = JSON.readTree(response.body());
            }
            return new Answer(response.statusCode(), response.body(), json, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder authorized(String path) {
        return request(path).header("Authorization", "Bearer " + TOKEN);
    }

    @Override
    public void close() {
        app.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
