package dev.veille.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The benchmark runs, end to end, at a tiny size: every scenario (its own checks included), every figure in
 * the JSON file and on the {@code bench:} line. Not a timed test: the targets are the full run's business.
 * Runs after 'package' (failsafe), because the server scenarios start the packaged jar.
 */
class BenchmarkSmokeIT {

    /** The figures: each must be there, as a number. */
    static final List<String> KEYS = List.of("poll_cold_ratio", "items_per_s", "poll_warm_s", "poll_changed_ratio",
            "poll_scaling", "api_items_p99_ms", "api_search_p99_ms", "api_markdown_p99_ms", "api_errors", "rss_mb",
            "startup_s", "api_items_p50_ms", "api_search_p50_ms", "api_markdown_p50_ms");

    @TempDir
    Path dir;

    @Test
    void runsEveryScenarioAtATinySizeAndReportsEveryFigure() throws Exception {
        Properties tiny = new Properties();
        String[] sizes = {"bench.sources=20", "bench.itemsPerFeed=10", "bench.scaling=10,20", "bench.rounds=1",
            "bench.warmups=0", "bench.apiItems=200", "bench.apiLinks=40", "bench.markdownLinks=10",
            "bench.apiClients=4", "bench.apiSeconds=1", "bench.apiWarmupSeconds=0"};
        for (String size : sizes) {
            tiny.setProperty(size.substring(0, size.indexOf('=')), size.substring(size.indexOf('=') + 1));
        }
        tiny.setProperty("bench.jar", System.getProperty("veille.jar", "target/veille.jar"));
        tiny.setProperty("bench.workDir", dir.resolve("work").toString());
        tiny.setProperty("bench.output", dir.resolve("bench-results.json").toString());
        ByteArrayOutputStream console = new ByteArrayOutputStream();

        Results results = Benchmark.run(BenchSettings.from(tiny),
                new PrintStream(console, true, StandardCharsets.UTF_8));

        JsonNode json = new ObjectMapper().readTree(dir.resolve("bench-results.json").toFile());
        String line = results.line();
        for (String key : KEYS) {
            assertTrue(json.has(key), key + " missing from " + json);
            assertTrue(json.get(key).isNumber(), key + " is not a number: " + json.get(key));
            double value = json.get(key).asDouble();
            assertTrue(Double.isFinite(value) && value >= 0, key + " = " + value);
            assertTrue(line.contains(" " + key + "=" + json.get(key).asText()), key + " missing from " + line);
        }
        for (String positive : List.of("poll_cold_ratio", "items_per_s", "poll_changed_ratio", "poll_scaling",
                "api_items_p99_ms", "api_search_p99_ms", "api_markdown_p99_ms", "rss_mb", "startup_s")) {
            assertTrue(json.get(positive).asDouble() > 0, positive + " = " + json.get(positive));
        }
        assertEquals(0, json.get("api_errors").asInt(), console.toString(StandardCharsets.UTF_8));
        assertTrue(line.startsWith("bench: "), line);
        assertTrue(console.toString(StandardCharsets.UTF_8).contains("poll_cold_ratio"), "figures are printed");
    }
}
