package dev.veille.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.veille.testing.CannedResponse;
import dev.veille.testing.LocalHttpServer;
import dev.veille.testing.TestFeeds;
import dev.veille.testing.TestFeeds.Entry;

/** The command line in-process, on a real SQLite file, with feeds from a local server. */
class CliIT {

    @TempDir
    Path dir;

    private LocalHttpServer feeds;
    private final Map<String, String> env = new HashMap<>();

    /** What one run printed and returned. */
    record Run(int status, String out, String err) {
    }

    @BeforeEach
    void start() {
        feeds = LocalHttpServer.start();
        env.put("VEILLE_DB", dir.resolve("db/veille.db").toString());
        env.put("VEILLE_DEFAULT_SOURCES", "false");
        env.put("VEILLE_GITHUB_URL", feeds.url(""));
    }

    @AfterEach
    void stop() {
        feeds.close();
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env, Clock.systemUTC()).run(args);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void addsListsPollsAndRemovesSources() {
        feeds.on("/feed.xml", CannedResponse.ok("application/rss+xml",
                TestFeeds.rss("Blog Data", Entry.of("Kafka", "https://blog.example/kafka", "2019-10-01T08:00:00Z"))));
        feeds.on("/broken.xml", CannedResponse.status(500));
        feeds.on("/grafana/grafana/releases.atom", CannedResponse.ok("application/atom+xml",
                TestFeeds.githubReleases("grafana/grafana", "v6.4.3")));

        Run added = run("sources", "add", "feed", feeds.url("/feed.xml"), "--section", "(Big) Data");
        assertEquals(0, added.status(), added.err());
        assertEquals("added source 1: Blog Data (" + feeds.url("/feed.xml") + ")\n", added.out());
        assertEquals(0, run("sources", "add", "github", "grafana/grafana", "--section", "Dataviz").status());
        assertEquals(0, run("sources", "add", "page", feeds.url("/broken.xml"), "--selector", "item=li,link=a").status());

        Run list = run("sources", "list");
        assertEquals(0, list.status());
        assertTrue(list.out().contains("(Big) Data"), list.out());
        assertTrue(list.out().endsWith("3 source(s)\n"), list.out());

        Run poll = run("poll");
        assertEquals(0, poll.status(), "a failed source does not fail the run: " + poll.err());
        assertTrue(poll.out().contains("ok             1 new  Blog Data"), poll.out());
        assertTrue(poll.out().contains("error          0 new"), poll.out());
        assertTrue(poll.out().endsWith("polled 3 source(s): 2 new item(s), 1 failed\n"), poll.out());

        Run again = run("poll");
        assertEquals("polled 0 source(s): 0 new item(s), 0 failed\n", again.out(), "nothing is due right after a poll");
        assertTrue(run("poll", "--all").out().endsWith("polled 3 source(s): 0 new item(s), 1 failed\n"),
                "--all polls every source");

        assertTrue(run("sources", "list").out().contains("2 error(s)"), "the page failed at both polls");

        Run removed = run("sources", "remove", "1");
        assertEquals("removed source 1: Blog Data\n", removed.out());
        assertTrue(run("sources", "list").out().endsWith("2 source(s)\n"));
    }

    @Test
    void wrongArgumentsGetOneLineAndExitTwo() {
        assertUsage(run("frobnicate"), "veille: unknown command 'frobnicate'; run 'veille --help' for the list\n");
        assertUsage(run(), "veille: a command is needed; run 'veille --help' for the list\n");
        assertUsage(run("sources"), "veille sources: sources needs list, add or remove\n");
        assertUsage(run("sources", "add", "feed"), "veille sources: usage: sources add KIND URL_OR_REPO\n");
        assertUsage(run("sources", "add", "rss", "https://x.org"),
                "veille sources: kind must be one of feed, github, page (got 'rss')\n");
        assertUsage(run("sources", "remove", "x"), "veille sources: ID must be a number (got 'x')\n");
        assertUsage(run("sources", "remove", "42"), "veille sources: no source with id 42\n");
        assertUsage(run("poll", "--everything"), "veille poll: unknown option --everything\n");
        assertUsage(run("import-opml", dir.resolve("missing.opml").toString()),
                "veille import-opml: no such file: " + dir.resolve("missing.opml") + "\n");
        env.put("VEILLE_PORT", "http");
        assertUsage(run("sources", "list"),
                "veille sources: VEILLE_PORT: 'http' is not valid, expected a whole number from 0 to 65535\n");
        assertUsage(run("sources", "list", "--port", "-1"),
                "veille sources: --port: '-1' is not valid, expected a whole number from 0 to 65535\n");
    }

    @Test
    void everyCommandHasHelp() {
        Run overview = run("--help");
        assertEquals(0, overview.status());
        for (String command : new String[] {"serve", "poll", "sources", "import-opml", "export-opml", "export",
                "import-digest"}) {
            assertTrue(overview.out().contains("\n  " + command), command + " in " + overview.out());
            Run help = run(command, "--help");
            assertEquals(0, help.status());
            assertTrue(help.out().startsWith(command), help.out());
            assertTrue(help.out().contains("VEILLE_DB"), "settings listed");
        }
    }

    @Test
    void opmlRoundTripKeepsKindsSectionsAndSelectors() throws Exception {
        Path opml = dir.resolve("in.opml");
        Files.writeString(opml, """
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="2.0"><head><title>Mes flux</title></head><body>
                  <outline text="Cloud">
                    <outline type="rss" text="AWS" xmlUrl="https://aws.example/feed"/>
                    <outline type="github" text="Helm" repo="helm/helm" includePrereleases="true"/>
                  </outline>
                  <outline type="page" text="Telegraf" htmlUrl="https://docs.example/telegraf"
                           selectorItem="li.release" selectorLink="a" intervalMinutes="120"/>
                  <outline type="rss" text="Broken" xmlUrl="ftp://nope"/>
                  <outline type="rss" text="AWS again" xmlUrl="https://aws.example/feed"/>
                </body></opml>""");
        Run imported = run("import-opml", opml.toString());
        assertEquals(0, imported.status(), imported.err());
        assertTrue(imported.out().endsWith("imported 3 source(s), skipped 2\n"), imported.out());
        assertTrue(imported.out().contains("skipped ftp://nope: url must be an absolute http(s) URL"), imported.out());
        assertTrue(imported.out().contains("already exists"), imported.out());

        Path exported = dir.resolve("out.opml");
        assertEquals(0, run("export-opml", "-o", exported.toString()).status());
        String document = Files.readString(exported);
        assertTrue(document.contains("xmlUrl=\"https://aws.example/feed\""), document);
        assertTrue(document.contains("repo=\"helm/helm\""), document);
        assertTrue(document.contains("selectorItem=\"li.release\""), document);

        env.put("VEILLE_DB", dir.resolve("second.db").toString());
        Run reimported = run("import-opml", exported.toString());
        assertTrue(reimported.out().endsWith("imported 3 source(s), skipped 0\n"), reimported.out());
        String list = run("sources", "list").out();
        assertTrue(list.contains("github Cloud"), list);
        assertTrue(list.contains("feed   Cloud"), list);
        assertTrue(list.contains("page   -"), list);
        assertEquals(document.replaceAll("dateCreated>.*<", ""),
                run("export-opml").out().replaceAll("dateCreated>.*<", ""), "export of the re-import is the same");
    }

    @Test
    void anEmptyDatabaseGetsTheDefaultSourcesUnlessDisabled() {
        env.put("VEILLE_DEFAULT_SOURCES", "true");
        String list = run("sources", "list").out();
        assertTrue(list.contains(feeds.url("/helm/helm/releases.atom")), list);
        assertTrue(list.contains(feeds.url("/influxdata/telegraf/releases.atom")), list);
        assertTrue(list.contains(feeds.url("/grafana/grafana/releases.atom")), list);
        assertTrue(list.contains(feeds.url("/traefik/traefik/releases.atom")), list);
        assertTrue(list.contains("https://kubernetes.io/feed.xml"), list);
        int count = Integer.parseInt(list.lines().reduce((a, b) -> b).orElseThrow().split(" ")[0]);
        assertTrue(count >= 10, list);
        run("sources", "remove", "1");
        assertTrue(run("sources", "list").out().endsWith((count - 1) + " source(s)\n"), "defaults load only into an empty database");
    }

    @Test
    void aPastPostIsImportedAndExportedBackByteForByte() throws Exception {
        String post = """
                ---
                title: "Web, Ops & Data - Septembre 2019"
                date: 2019-09-30
                tags: ["kafka", "helm"]
                ---

                La rentrée.

                ## Cloud

                - [Helm 3 \\[beta\\]](https://helm.sh/blog/helm-3-beta/) : Helm sans Tiller.
                - [Kafka](https://kafka.apache.org/) et [Streams](https://kafka.apache.org/streams) : Kafka, encore.

                À bientôt !
                """;
        Path file = dir.resolve("2019-09.md");
        Files.writeString(file, post);
        Run imported = run("import-digest", file.toString());
        assertEquals(0, imported.status(), imported.err());
        assertEquals("imported 2019-09: 2 link(s), published\n", imported.out());

        Run exported = run("export", "2019-09");
        assertEquals(0, exported.status(), exported.err());
        assertEquals(post, exported.out());
        Path out = dir.resolve("out.md");
        assertEquals(0, run("export", "2019-09", "-o", out.toString()).status());
        assertEquals(post, Files.readString(out));

        assertUsage(run("import-digest", file.toString()),
                "veille import-digest: " + file + ": month 2019-09 already has a digest or links: import it into an empty month\n");
        assertUsage(run("export", "septembre"),
                "veille export: month must be a month as YYYY-MM, e.g. 2019-10 (got 'septembre')\n");
    }

    private static void assertUsage(Run run, String err) {
        assertEquals(2, run.status());
        assertEquals(err, run.err());
    }
}
