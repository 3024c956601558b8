package dev.veille.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.veille.App;
import dev.veille.config.Config;
import dev.veille.model.NewSource;
import dev.veille.model.SourceKind;
import dev.veille.poll.PollOutcome;

/**
 * The polling scenarios, Veille against the baseline on the same feeds and concurrency: a cold poll (empty
 * database), a warm one (every feed answers 304), one where 10 % of the feeds changed, and cold polls of growing
 * size. Veille runs as the CLI's {@code poll --all} does: {@link App} on a fresh SQLite file migrated by the real
 * migrations, then {@code pollRound().run(sources)} through the real fetcher, parser, processor and stores.
 * Every timed round is checked (items stored, answers seen), so a broken poll cannot look fast.
 */
final class PollBench {

    private final BenchSettings settings;
    private final FeedFarm farm;
    private final Results results;
    private final PrintStream log;
    private final BaselinePoller baseline;
    private int databases;

    PollBench(BenchSettings settings, FeedFarm farm, Results results, PrintStream log) {
        this.settings = settings;
        this.farm = farm;
        this.results = results;
        this.log = log;
        this.baseline = new BaselinePoller(settings.concurrency());
    }

    void run() throws Exception {
        int n = settings.sources();
        List<String> urls = urls(n);
        log.printf("cold poll: %d sources × %d items, concurrency %d (%d warm-up round(s), then %d timed)%n", n,
                settings.itemsPerFeed(), settings.concurrency(), settings.warmups(), settings.rounds());
        Rounds coldRounds = new Rounds();
        Veille last = null;
        for (int round = -settings.warmups(); round < settings.rounds(); round++) {
            if (last != null) {
                last.close();
            }
            Veille fresh = new Veille(n);
            last = fresh;
            coldRounds.interleave(round, () -> fresh.pollAll(n * settings.itemsPerFeed(), n, 0),
                    () -> baselineRound(urls, true, n));
        }
        double cold = coldRounds.veilleMedian();
        double coldBaseline = coldRounds.baselineMedian();
        results.put("poll_cold_s", Stats.round(cold, 3), "Veille, cold poll (median)");
        results.put("baseline_cold_s", Stats.round(coldBaseline, 3), "baseline (fetch + ROME), same input");
        results.put("poll_cold_ratio", Stats.round(cold / coldBaseline, 2), "target <= 1.5");
        results.put("items_per_s", Math.round(n * settings.itemsPerFeed() / cold), "items stored per second, target >= 10000");
        results.put("poll_cold_cpu_s", Stats.round(coldRounds.veilleCpuMedian(), 2), "CPU of this process, Veille's cold round");
        results.put("baseline_cold_cpu_s", Stats.round(coldRounds.baselineCpuMedian(), 2), "CPU of this process, baseline's cold round");
        last.checkSearchable(n * settings.itemsPerFeed());

        log.println("warm poll: every feed answers 304");
        Rounds warm = new Rounds();
        Veille warmed = last;
        for (int round = -settings.warmups(); round < settings.rounds(); round++) {
            Measured veilleRound = measure(() -> warmed.pollAll(0, 0, n));
            warm.record(round, veilleRound, measure(() -> baselineRound(urls, false, 0)));
        }
        results.put("poll_warm_s", Stats.round(warm.veilleMedian(), 3), "target <= 1.0 s");
        results.put("baseline_warm_s", Stats.round(warm.baselineMedian(), 3), "baseline, all 304");

        int changedPerRound = Math.max(1, n / 10);
        log.printf("changed poll: %d sources changed (%d new items each), the others answer 304%n", changedPerRound,
                SyntheticFeeds.CHANGE_STEP);
        Rounds changed = new Rounds();
        Veille polled = last;
        for (int round = -settings.warmups(); round < settings.rounds(); round++) {
            int slice = (round + settings.warmups()) % 10; // disjoint slices: sources i with i % 10 == slice
            int count = 0;
            for (int feed = slice; feed < n && count < changedPerRound; feed += 10) {
                farm.change(feed);
                count++;
            }
            int changedCount = count;
            changed.interleave(round, () -> polled.pollAll(changedCount * SyntheticFeeds.CHANGE_STEP, changedCount,
                    n - changedCount), () -> baselineRound(urls, false, changedCount));
        }
        double changedMedian = changed.veilleMedian();
        double changedBaselineMedian = changed.baselineMedian();
        results.put("poll_changed_s", Stats.round(changedMedian, 3), "Veille, 10% changed (median)");
        results.put("baseline_changed_s", Stats.round(changedBaselineMedian, 3), "baseline, same");
        results.put("poll_changed_ratio", Stats.round(changedMedian / changedBaselineMedian, 2), "target <= 1.5");
        last.checkSearchable(n * settings.itemsPerFeed());
        last.close();

        scaling(cold);
    }

    /** One timed run, in seconds. */
    private interface Timed {
        double seconds() throws Exception;
    }

    /**
     * The rounds of a scenario, Veille's and the baseline's: each logged, the timed ones kept for the medians,
     * with the CPU this process used meanwhile (the feed server's share is the same on both sides).
     */
    private final class Rounds {
        private final double[] veille = new double[settings.rounds()];
        private final double[] baseline = new double[settings.rounds()];
        private final double[] veilleCpu = new double[settings.rounds()];
        private final double[] baselineCpu = new double[settings.rounds()];

        /** Runs both, Veille first in even rounds: neither always meets a colder cache or a noisier neighbour. */
        void interleave(int round, Timed veilleRun, Timed baselineRun) throws Exception {
            Measured veilleRound;
            Measured baselineRound;
            if (Math.floorMod(round, 2) == 0) {
                veilleRound = measure(veilleRun);
                baselineRound = measure(baselineRun);
            } else {
                baselineRound = measure(baselineRun);
                veilleRound = measure(veilleRun);
            }
            record(round, veilleRound, baselineRound);
        }

        void record(int round, Measured veilleRound, Measured baselineRound) {
            log.printf("  round %s: veille %.3f s (CPU %.2f s), baseline %.3f s (CPU %.2f s)%n",
                    round < 0 ? "warm-up" : String.valueOf(round + 1), veilleRound.seconds(), veilleRound.cpuSeconds(),
                    baselineRound.seconds(), baselineRound.cpuSeconds());
            if (round >= 0) {
                veille[round] = veilleRound.seconds();
                baseline[round] = baselineRound.seconds();
                veilleCpu[round] = veilleRound.cpuSeconds();
                baselineCpu[round] = baselineRound.cpuSeconds();
            }
        }

        double veilleMedian() {
            return Stats.median(veille);
        }

        double baselineMedian() {
            return Stats.median(baseline);
        }

        double veilleCpuMedian() {
            return Stats.median(veilleCpu);
        }

        double baselineCpuMedian() {
            return Stats.median(baselineCpu);
        }
    }

    /** A run's wall-clock seconds and the CPU seconds this process used meanwhile. */
    private record Measured(double seconds, double cpuSeconds) {
    }

    private static Measured measure(Timed run) throws Exception {
        long cpuBefore = processCpuNanos();
        double seconds = run.seconds();
        return new Measured(seconds, Stats.seconds(processCpuNanos() - cpuBefore));
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private void scaling(double atBase) throws Exception {
        log.println("growth: cold polls at " + settings.scaling() + " sources");
        double base = 0;
        double largest = 0;
        for (int size : settings.scaling().stream().sorted().toList()) {
            double median;
            if (size == settings.sources()) {
                median = atBase; // measured above, same scenario
            } else {
                double[] times = new double[settings.rounds()];
                for (int round = 0; round < settings.rounds(); round++) {
                    try (Veille veille = new Veille(size)) {
                        times[round] = veille.pollAll(size * settings.itemsPerFeed(), size, 0);
                    }
                }
                median = Stats.median(times);
            }
            results.put("poll_" + size + "_s", Stats.round(median, 3), "cold poll of " + size + " sources (median)");
            if (size == settings.scalingBase()) {
                base = median;
            }
            if (size == settings.largestScale()) {
                largest = median;
            }
        }
        results.put("poll_scaling", Stats.round(largest / base, 2), "t(" + settings.largestScale() + ")/t("
                + settings.scalingBase() + "), target <= 2.2");
    }

    /** One baseline round, checked; a cold one forgets the validators first. Returns the seconds taken. */
    private double baselineRound(List<String> urls, boolean cold, int fetched) throws Exception {
        if (cold) {
            baseline.forget();
        }
        System.gc();
        long start = System.nanoTime();
        BaselinePoller.Round round = baseline.poll(urls);
        long elapsed = System.nanoTime() - start;
        check(round.failed() == 0 && round.fetched() == fetched
                        && round.notModified() == urls.size() - fetched
                        && round.entries() == fetched * settings.itemsPerFeed(),
                "baseline round saw " + round + ", expected " + fetched + " fetched");
        return Stats.seconds(elapsed);
    }

    private List<String> urls(int count) {
        List<String> urls = new ArrayList<>(count);
        for (int feed = 0; feed < count; feed++) {
            urls.add(farm.url(feed));
        }
        return urls;
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException("benchmark check failed: " + message);
        }
    }

    /** Veille on a fresh database, with the first {@code count} feeds of the farm as sources. */
    private final class Veille implements AutoCloseable {
        private final Path dir;
        private final App app;

        Veille(int count) throws IOException {
            dir = settings.workDir().resolve("poll-" + (++databases));
            deleteTree(dir);
            Files.createDirectories(dir);
            Config config = Config.load(Map.of(), Map.of(
                    "VEILLE_DB", dir.resolve("veille.db").toString(),
                    "VEILLE_PORT", "0",
                    "VEILLE_TOKEN", "bench-token",
                    "VEILLE_DEFAULT_SOURCES", "false",
                    "VEILLE_ALLOW_PRIVATE_NETWORKS", "true", // the generated feeds are served on loopback
                    "VEILLE_POLL_CONCURRENCY", Integer.toString(settings.concurrency())));
            app = App.open(config, Clock.systemUTC(), new PrintStream(OutputStream.nullOutputStream()));
            Instant now = Instant.now();
            for (int feed = 0; feed < count; feed++) {
                app.sourceStore().insert(new NewSource(SourceKind.FEED, farm.url(feed), null, "Site " + feed, null,
                        60, false, null), now);
            }
        }

        /** Polls every source once, as {@code poll --all} does, checks the outcome and returns the seconds taken. */
        double pollAll(int expectNewItems, int expectOk, int expectNotModified) throws InterruptedException {
            System.gc(); // the previous round's garbage is not this round's cost
            long start = System.nanoTime();
            List<PollOutcome> outcomes = app.pollRound().run(app.sourceStore().findAll());
            long elapsed = System.nanoTime() - start;
            int ok = 0;
            int notModified = 0;
            int newItems = 0;
            for (PollOutcome outcome : outcomes) {
                check(outcome.result() != PollOutcome.Result.ERROR, "source " + outcome.sourceId() + ": "
                        + outcome.error());
                ok += outcome.result() == PollOutcome.Result.OK ? 1 : 0;
                notModified += outcome.result() == PollOutcome.Result.NOT_MODIFIED ? 1 : 0;
                newItems += outcome.newItems();
            }
            check(ok == expectOk && notModified == expectNotModified && newItems == expectNewItems,
                    "Veille's round: " + ok + " ok, " + notModified + " not modified, " + newItems
                            + " new items; expected " + expectOk + ", " + expectNotModified + ", " + expectNewItems);
            return Stats.seconds(elapsed);
        }

        /** The items just stored are found by a full-text search, as the API's q and /api/search use it. */
        void checkSearchable(int stored) {
            // Every generated summary says "This post about <topic> covers...".
            int found = app.itemStore().search("post about", 200).size();
            check(found == Math.min(200, stored), "a full-text search found " + found + " of " + stored + " items");
        }

        @Override
        public void close() throws IOException {
            app.close();
            deleteTree(dir);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
