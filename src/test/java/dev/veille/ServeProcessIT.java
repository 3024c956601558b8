package dev.veille;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar as an operator runs it: a separate process, its console, its exit status. */
class ServeProcessIT {

    private static final Pattern LISTENING = Pattern.compile("Veille listening on http://localhost:(\\d+)/");

    @TempDir
    Path dir;

    private Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                System.getProperty("veille.jar")));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("VEILLE_"));
        builder.environment().put("VEILLE_PORT", "0");
        builder.environment().put("VEILLE_DEFAULT_SOURCES", "false");
        return builder.start();
    }

    /** Reads the process's console on a thread of its own, so a test can wait for a line with a deadline. */
    private static BlockingQueue<String> lines(Process process) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                in.lines().forEach(lines::add);
            } catch (IOException e) {
                lines.add("<console closed: " + e.getMessage() + ">");
            }
        });
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    private static String waitFor(BlockingQueue<String> lines, Pattern pattern, List<String> seen)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null) {
                seen.add(line);
                if (pattern.matcher(line).find()) {
                    return line;
                }
            }
        }
        throw new AssertionError("no line matching " + pattern + " in " + seen);
    }

    @Test
    void serveStartsOnTheDefaultDatabasePrintsItsTokenAndStopsCleanlyOnSigterm() throws Exception {
        Process serve = start("serve");
        try {
            BlockingQueue<String> console = lines(serve);
            List<String> seen = new ArrayList<>();
            waitFor(console, Pattern.compile("Generated API token"), seen);
            String token = console.poll(5, TimeUnit.SECONDS).trim();
            Matcher listening = LISTENING.matcher(waitFor(console, LISTENING, seen));
            assertTrue(listening.find());
            String base = "http://localhost:" + listening.group(1);

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

            serve.destroy(); // SIGTERM
            assertTrue(serve.waitFor(40, TimeUnit.SECONDS), "stops after SIGTERM");
            assertEquals(143, serve.exitValue(), "128 + SIGTERM: the shutdown hook ran and the JVM ended normally");
        } finally {
            serve.destroyForcibly();
        }
    }

    @Test
    void aBadSettingIsOneLineAndExitTwo() throws Exception {
        Process process = start("serve", "--port", "seventy");
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, process.exitValue());
        assertEquals("veille serve: --port: 'seventy' is not valid, expected a whole number from 0 to 65535\n", output);
    }

    @Test
    void otherCommandsPrintOnlyTheirOwnOutput() throws Exception {
        Process list = start("sources", "list");
        assertTrue(list.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, list.exitValue());
        assertEquals("0 source(s)\n", new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                "no token, no library chatter");
    }
}
