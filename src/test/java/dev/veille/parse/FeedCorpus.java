package dev.veille.parse;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The shared real-world feed corpus, read in place, located by the {@code veille.feedCorpus} system property.
 * Missing, its tests are skipped on a laptop but fail in CI ({@code CI=true}), where it must always be there.
 */
final class FeedCorpus {

    private final Path root;

    private FeedCorpus(Path root) {
        this.root = root;
    }

    /**
     * The dynamic tests {@code cases} builds from the corpus or, when the corpus is missing, one test that says
     * so: skipped on a laptop, failed in CI. A test rather than an assumption in the factory, so the report
     * shows a named skip instead of "Tests run: 0".
     */
    static Stream<DynamicTest> cases(CaseFactory cases) throws IOException {
        String property = System.getProperty("veille.feedCorpus");
        Path root = property == null ? null : Path.of(property).toAbsolutePath().normalize();
        if (root != null && Files.isRegularFile(root.resolve("MANIFEST.tsv"))) {
            return cases.from(new FeedCorpus(root));
        }
        String why = "feed corpus not found at " + root + " (set -Dveille.feedCorpus=/path/to/shared/feed-corpus)";
        return Stream.of(DynamicTest.dynamicTest("feed corpus is present", () -> {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why + "; in CI the corpus is required");
            }
            abort(why + "; skipping");
        }));
    }

    @FunctionalInterface
    interface CaseFactory {
        Stream<DynamicTest> from(FeedCorpus corpus) throws IOException;
    }

    Path resolve(String relative) {
        return root.resolve(relative);
    }

    String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** Every regular file under {@code dir} (relative to the corpus root), sorted by path. */
    List<Path> filesUnder(String dir) {
        Path start = root.resolve(dir);
        if (!Files.isDirectory(start)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(start)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A stable, fake document URL for a corpus file, so relative links resolve the same way on both sides. */
    String documentUrl(Path file) {
        return "http://corpus.test/" + relative(file);
    }
}
