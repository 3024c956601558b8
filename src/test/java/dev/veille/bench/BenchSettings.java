package dev.veille.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The benchmark's sizes. {@link #from(Properties)} reads {@code bench.*} system properties over the defaults of
 * the issue (1,000 sources × 50 items, 100,000 items and 5,000 links behind the API, 32 clients for 10 s...);
 * the smoke test runs the same code at a tiny size.
 *
 * @param sources        sources polled in the cold, warm and changed scenarios (each serves one feed)
 * @param itemsPerFeed   entries in each feed
 * @param scaling        source counts of the growth scenario (the largest and {@code sources} must be among them)
 * @param concurrency    sources polled at once, by Veille and by the baseline
 * @param rounds         timed rounds of each scenario (the median is reported)
 * @param warmups        untimed rounds before them (JIT, caches, connections; a cold poll's CPU falls for four)
 * @param apiItems       items in the database behind the API scenarios
 * @param apiLinks       links in it, over 24 months; the month whose Markdown is read has {@code markdownLinks}
 * @param markdownLinks  links in the month read by {@code /api/digests/{m}/markdown}
 * @param apiClients     concurrent API clients
 * @param apiSeconds     length of each timed API round, per route
 * @param apiWarmupSeconds load before the timed API rounds, per route (by default a whole round: the server's JIT
 *                       is still compiling the route's code after a few seconds)
 * @param jar            the packaged Veille started as a separate process
 * @param serverHeap     its -Xmx
 * @param serverJvmArgs  more JVM options for it, space-separated (e.g. to record a JFR profile)
 * @param workDir        databases and logs
 * @param output         the JSON results file
 * @param scenarios      which parts run: {@code poll}, {@code api} or both (for profiling one of them)
 * @param load           the API's load: {@code auto} (wrk when installed, else the JDK's client), {@code wrk}
 *                       or {@code java}
 */
record BenchSettings(int sources, int itemsPerFeed, List<Integer> scaling, int concurrency, int rounds, int warmups,
                     int apiItems, int apiLinks, int markdownLinks, int apiClients, int apiSeconds,
                     int apiWarmupSeconds, Path jar, String serverHeap,
                     List<String> serverJvmArgs, Path workDir, Path output,
                     List<String> scenarios, String load) {

    BenchSettings {
        scaling = List.copyOf(scaling);
        if (!scaling.contains(sources)) {
            throw new IllegalArgumentException("bench.scaling must include bench.sources (" + sources + ")");
        }
        if (apiLinks < markdownLinks) {
            throw new IllegalArgumentException("bench.apiLinks must be at least bench.markdownLinks");
        }
    }

    static BenchSettings from(Properties p) {
        return new BenchSettings(
                integer(p, "bench.sources", 1000),
                integer(p, "bench.itemsPerFeed", 50),
                Arrays.stream(p.getProperty("bench.scaling", "250,500,1000,2000").split(","))
                        .map(String::trim).map(Integer::parseInt).toList(),
                integer(p, "bench.concurrency", 4),
                integer(p, "bench.rounds", 3),
                integer(p, "bench.warmups", 2),
                integer(p, "bench.apiItems", 100_000),
                integer(p, "bench.apiLinks", 5_000),
                integer(p, "bench.markdownLinks", 200),
                integer(p, "bench.apiClients", 32),
                integer(p, "bench.apiSeconds", 10),
                integer(p, "bench.apiWarmupSeconds", integer(p, "bench.apiSeconds", 10)),
                Path.of(p.getProperty("bench.jar", "target/veille.jar")),
                p.getProperty("bench.serverHeap", "256m"),
                Arrays.stream(p.getProperty("bench.serverJvmArgs", "").split(" ")).filter(a -> !a.isBlank()).toList(),
                Path.of(p.getProperty("bench.workDir", "target/bench")),
                Path.of(p.getProperty("bench.output", "target/bench-results.json")),
                Arrays.stream(p.getProperty("bench.scenarios", "poll,api").split(",")).map(String::trim).toList(),
                p.getProperty("bench.load", "auto"));
    }

    int largestScale() {
        return scaling.stream().mapToInt(Integer::intValue).max().orElseThrow();
    }

    /** t(largest) / t(second largest): 2,000 against 1,000 sources by default. */
    int scalingBase() {
        List<Integer> sorted = scaling.stream().sorted().toList();
        return sorted.size() < 2 ? sorted.get(0) : sorted.get(sorted.size() - 2);
    }

    private static int integer(Properties p, String name, int defaultValue) {
        String value = p.getProperty(name);
        return value == null || value.isBlank() ? defaultValue : Integer.parseInt(value.trim());
    }
}
