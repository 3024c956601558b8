package dev.veille.parse;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shared real-world feed corpus, located by the {@code veille.feedCorpus} system property. Missing, it
 * skips the calling test on a laptop but fails it in CI ({@code CI=true}), where it must always be there.
 */
final class FeedCorpus {

    private final Path root;

    private FeedCorpus(Path root) {
        this.root = root;
    }

    /** The corpus, or an aborted (skipped) test — or a failed one in CI — when it is not there. */
    static FeedCorpus locate() {
        String property = System.getProperty("veille.feedCorpus");
        Path root = property == null ? null : Path.of(property).toAbsolutePath().normalize();
        boolean present = root != null && Files.isRegularFile(root.resolve("MANIFEST.tsv"));
        String why = "feed corpus not found at " + root + " (set -Dveille.feedCorpus=/path/to/shared/feed-corpus)";
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(why + "; in CI the corpus is required");
        }
        assumeTrue(present, why + "; skipping");
        return new FeedCorpus(root);
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
