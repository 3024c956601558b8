package dev.veille.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The server scenarios, on the packaged jar in a process of its own: start-up time on a seeded database, the
 * latency of three routes under a closed-loop load, a poll of every source through the API, and the server's
 * peak resident memory over all of it.
 */
final class ApiBench {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BenchSettings settings;
    private final FeedFarm farm;
    private final Results results;
    private final PrintStream log;
    private final HttpClient client = HttpClient.newHttpClient();

    ApiBench(BenchSettings settings, FeedFarm farm, Results results, PrintStream log) {
        this.settings = settings;
        this.farm = farm;
        this.results = results;
        this.log = log;
    }

    void run() throws Exception {
        Path dir = settings.workDir().resolve("api");
        PollBench.deleteTree(dir);
        Files.createDirectories(dir);
        Path db = dir.resolve("veille.db");
        Path serverLog = settings.workDir().resolve("server.log");
        Files.deleteIfExists(serverLog);
        Instant now = Instant.now();
        log.printf("seeding %d items and %d links over %d months...%n", settings.apiItems(), settings.apiLinks(),
                ApiSeed.MONTHS);
        long seeding = System.nanoTime();
        ApiSeed.seed(db, settings, farm, now);
        log.printf("  seeded in %.1f s (%d MiB)%n", Stats.seconds(System.nanoTime() - seeding),
                Files.size(db) / (1024 * 1024));

        ServerProcess server = startUps(db, dir.resolve("veille.jsa"), serverLog);
        try {
            String month = ApiSeed.markdownMonth(now);
            checkAnswers(server, month);
            ApiLoad load = ApiLoad.choose(settings.load(), settings.apiClients(), ServerProcess.TOKEN);
            results.put("api_load", load.name(), "the client that loads the API (wrk when installed, else the JDK's)");
            int errors = 0;
            errors += measure(load, server, "items", "/api/items?status=new&limit=50", 20);
            errors += measure(load, server, "search", "/api/search?q=kubernetes", 30);
            errors += measure(load, server, "markdown", "/api/digests/" + month + "/markdown", 30);
            results.put("api_errors", errors, "non-200 answers and failed exchanges, target 0");
            pollThroughApi(server);
            results.put("rss_mb", Math.round(server.peakRssMiB()), "peak resident memory of the server (VmHWM), "
                    + "-Xmx" + settings.serverHeap() + ", target <= 400");
        } finally {
            server.close();
        }
    }

    /**
     * Start-up, plain and with a class-data archive of Veille's classes (as the Docker image makes at build time:
     * the warm-up start writes it at exit). Returns the server of the last start, with the archive.
     */
    private ServerProcess startUps(Path db, Path archive, Path serverLog) throws IOException, InterruptedException {
        log.printf("start-up: java -Xmx%s -jar %s serve, until /api/health answers 200; plain, then with %s%n",
                settings.serverHeap(), settings.jar(), archive.getFileName());
        Files.deleteIfExists(archive);
        double[] plain = new double[settings.rounds()];
        double[] archived = new double[settings.rounds()];
        ServerProcess server = null;
        for (int round = -settings.warmups(); round < settings.rounds(); round++) {
            List<String> args = new ArrayList<>(settings.serverJvmArgs());
            if (!Files.exists(archive)) {
                args.add("-XX:ArchiveClassesAtExit=" + archive);
            }
            double seconds;
            try (ServerProcess once = ServerProcess.start(settings.jar(), settings.serverHeap(), args, db, serverLog)) {
                seconds = once.startupSeconds();
            }
            if (round < 0) {
                log.printf("  warm-up: %.3f s plain (writes the archive at exit)%n", seconds);
                continue;
            }
            plain[round] = seconds;
            List<String> withArchive = new ArrayList<>(settings.serverJvmArgs());
            withArchive.add("-XX:SharedArchiveFile=" + archive);
            if (server != null) {
                server.close();
            }
            server = ServerProcess.start(settings.jar(), settings.serverHeap(), withArchive, db, serverLog);
            archived[round] = server.startupSeconds();
            log.printf("  round %d: %.3f s plain, %.3f s with the archive%n", round + 1, plain[round], archived[round]);
        }
        results.put("startup_s", Stats.round(Stats.median(archived), 3),
                "to the first 200 on /api/health, with the class-data archive, target <= 2.0 s");
        results.put("startup_plain_s", Stats.round(Stats.median(plain), 3), "the same without the archive");
        return server;
    }

    private int measure(ApiLoad load, ServerProcess server, String name, String path, int target)
            throws Exception {
        log.printf("%s: GET %s, %d clients, %d s warm-up then %d × %d s%n", name, path, settings.apiClients(),
                settings.apiWarmupSeconds(), settings.rounds(), settings.apiSeconds());
        String url = server.base() + path;
        int errors = load.run(url, Duration.ofSeconds(settings.apiWarmupSeconds())).errors();
        double[] p50 = new double[settings.rounds()];
        double[] p99 = new double[settings.rounds()];
        double[] rate = new double[settings.rounds()];
        double[] serverCpu = new double[settings.rounds()];
        double[] clientCpu = new double[settings.rounds()];
        for (int round = 0; round < settings.rounds(); round++) {
            long server0 = server.cpuMillis();
            ApiLoad.Run run = load.run(url, Duration.ofSeconds(settings.apiSeconds()));
            serverCpu[round] = (server.cpuMillis() - server0) / (double) Math.max(1, run.requests());
            clientCpu[round] = run.clientCpuNanos() / 1e6 / Math.max(1, run.requests());
            log.printf("  round %d: %d requests, %.0f/s, p50 %.2f ms, p99 %.2f ms, %d errors; CPU per request:"
                            + " server %.2f ms, client %.2f ms%n", round + 1, run.requests(), run.perSecond(),
                    run.p50Millis(), run.p99Millis(), run.errors(), serverCpu[round], clientCpu[round]);
            p50[round] = run.p50Millis();
            p99[round] = run.p99Millis();
            rate[round] = run.perSecond();
            errors += run.errors();
        }
        results.put("api_" + name + "_p50_ms", Stats.round(Stats.median(p50), 2), "median latency");
        results.put("api_" + name + "_p99_ms", Stats.round(Stats.median(p99), 2), "target <= " + target + " ms");
        results.put("api_" + name + "_rps", Math.round(Stats.median(rate)), "requests per second");
        results.put("api_" + name + "_server_cpu_ms", Stats.round(Stats.median(serverCpu), 3),
                "server CPU per request (all its threads)");
        results.put("api_" + name + "_client_cpu_ms", Stats.round(Stats.median(clientCpu), 3),
                "the load's own CPU per request");
        return errors;
    }

    /** Each scenario's answer is what it claims to be, so the load measures real work. */
    private void checkAnswers(ServerProcess server, String month) throws IOException, InterruptedException {
        JsonNode items = JSON.readTree(get(server, "/api/items?status=new&limit=50"));
        check(items.get("items").size() == 50, "the items page has " + items.get("items").size() + " items");
        JsonNode search = JSON.readTree(get(server, "/api/search?q=kubernetes"));
        check(search.get("items").size() > 0 && search.get("links").size() > 0, "search found "
                + search.get("items").size() + " items and " + search.get("links").size() + " links");
        String markdown = get(server, "/api/digests/" + month + "/markdown");
        int bullets = markdown.split("\n- \\[", -1).length - 1;
        check(bullets == settings.markdownLinks(), "the Markdown has " + bullets + " bullets");
    }

    /** Every source polled once through {@code POST /api/sources/{id}/poll}, as many at once as Veille polls. */
    private void pollThroughApi(ServerProcess server) throws Exception {
        log.printf("poll through the API: POST /api/sources/{id}/poll for %d sources, %d at a time%n",
                settings.sources(), settings.concurrency());
        ExecutorService pool = Executors.newFixedThreadPool(settings.concurrency());
        long start = System.nanoTime();
        int newItems = 0;
        try {
            List<Future<JsonNode>> answers = new ArrayList<>();
            for (int id = 1; id <= settings.sources(); id++) {
                String path = "/api/sources/" + id + "/poll";
                answers.add(pool.submit(() -> JSON.readTree(send(server, path, "POST"))));
            }
            for (Future<JsonNode> answer : answers) {
                JsonNode outcome = answer.get();
                check("ok".equals(outcome.get("result").asText()), "poll through the API: " + outcome);
                newItems += outcome.get("newItems").asInt();
            }
        } finally {
            pool.shutdownNow();
        }
        check(newItems == settings.sources() * settings.itemsPerFeed(), "the API's polls stored " + newItems + " items");
        results.put("server_poll_s", Stats.round(Stats.seconds(System.nanoTime() - start), 3),
                "the server polling every source through its API");
    }

    private String get(ServerProcess server, String path) throws IOException, InterruptedException {
        return send(server, path, "GET");
    }

    private String send(ServerProcess server, String path, String method) throws IOException, InterruptedException {
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(server.base() + path))
                .header("Authorization", "Bearer " + ServerProcess.TOKEN).timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        check(answer.statusCode() == 200, method + " " + path + " answered " + answer.statusCode() + ": " + answer.body());
        return answer.body();
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException("benchmark check failed: " + message);
        }
    }
}
