package dev.veille.process;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every release in the real GitHub releases.atom captures of the shared corpus gets the version of its tag. */
class ReleaseVersionCorpusTest {

    @Test
    void everyCapturedReleaseGetsTheVersionOfItsTag() throws IOException {
        Path captures = Path.of(System.getProperty("veille.feedCorpus", "../shared/feed-corpus"), "github-releases");
        boolean inCi = "true".equals(System.getenv("CI"));
        assumeTrue(inCi || Files.isDirectory(captures), "feed corpus not found at " + captures + "; skipped");

        List<Executable> checks = new ArrayList<>();
        try (Stream<Path> files = Files.list(captures)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".atom")).sorted().toList()) {
                // jsoup's XML parser reads the deliberately ill-formed capture too (an undeclared &copy;).
                Document feed = Jsoup.parse(Files.readString(file), "", Parser.xmlParser());
                for (Element entry : feed.select("entry")) {
                    String title = entry.selectFirst("title").text();
                    String link = entry.selectFirst("link").attr("href");
                    if (link.contains("/releases/tag/")) {
                        checks.add(() -> assertMatchesTag(file.getFileName() + ": " + title, title, link));
                    }
                }
            }
        }
        assertTrue(checks.size() >= 50, "expected the corpus' 50-odd releases, found " + checks.size());
        assertAll(checks);
    }

    private static void assertMatchesTag(String where, String title, String link) {
        String tag = link.substring(link.indexOf("/releases/tag/") + "/releases/tag/".length());
        String tagVersion = tag.startsWith("v") ? tag.substring(1) : tag;
        ReleaseVersion parsed = ReleaseVersion.parse(title, link);

        // Shopify/Timber titled "v1.0.0" the tag "v1.0": the title's more precise version wins.
        assertTrue(parsed.version() != null && parsed.version().startsWith(tagVersion),
                where + ": got " + parsed.version() + " for tag " + tag);
        assertEquals(false, parsed.prerelease(), where + ": none of the captured releases is a prerelease");
    }
}
