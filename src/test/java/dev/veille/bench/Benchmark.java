package dev.veille.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Veille's benchmark: run by {@code ./mvnw -B -Pbench verify} (README, "Performance"). It serves generated feeds
 * from a local server, polls them with Veille's real code against a bare fetch-and-parse baseline, then starts
 * the packaged jar on a seeded database and loads its API. Prints every figure, then one {@code bench:} line,
 * and writes them as flat JSON. Sizes come from {@code bench.*} system properties ({@link BenchSettings}).
 */
public final class Benchmark {

    private Benchmark() {
    }

    /** Arguments {@code bench.name=value} override the system properties of the same name. */
    public static void main(String[] args) throws Exception {
        // Read by the JDK's HTTP server when its classes load, so before the feed farm exists.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        java.util.Properties properties = new java.util.Properties();
        properties.putAll(System.getProperties());
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("bench.") || equals < 0) {
                throw new IllegalArgumentException("arguments are bench.name=value (got '" + arg + "')");
            }
            properties.setProperty(arg.substring(0, equals), arg.substring(equals + 1));
        }
        Results results = run(BenchSettings.from(properties), System.out);
        System.out.println(results.line());
    }

    /**
     * The 1-minute load average: the machine is shared, and a figure taken while other work ran is worth
     * knowing about. -1 where /proc is not there.
     */
    private static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Runs every scenario and writes the JSON file; the figures are also returned. */
    static Results run(BenchSettings settings, PrintStream out) throws Exception {
        long start = System.nanoTime();
        Files.createDirectories(settings.workDir());
        Results results = new Results(out);
        results.note("date", LocalDate.now(ZoneOffset.UTC).toString());
        results.note("java", System.getProperty("java.version"));
        results.note("cores", Runtime.getRuntime().availableProcessors());
        results.note("bench_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        results.note("sources", settings.sources());
        results.note("items_per_feed", settings.itemsPerFeed());
        results.note("concurrency", settings.concurrency());
        results.note("rounds", settings.rounds());
        results.note("load_before", loadAverage());
        out.printf("Veille benchmark: %s, %d cores, JVM %s %s%n", LocalDate.now(ZoneOffset.UTC),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                ManagementFactory.getRuntimeMXBean().getInputArguments());
        Instant epoch = Instant.now().minus(Duration.ofDays(30)).truncatedTo(ChronoUnit.HOURS);
        try (FeedFarm farm = new FeedFarm(new SyntheticFeeds(epoch, settings.itemsPerFeed()),
                Math.max(settings.sources(), settings.largestScale()))) {
            if (settings.scenarios().contains("poll")) {
                new PollBench(settings, farm, results, out).run();
            }
            if (settings.scenarios().contains("api")) {
                new ApiBench(settings, farm, results, out).run();
            }
        }
        results.note("load_after", loadAverage());
        results.note("bench_s", Math.round(Stats.seconds(System.nanoTime() - start)));
        results.write(settings.output());
        out.println("results written to " + settings.output());
        return results;
    }
}
