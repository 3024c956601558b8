package dev.veille.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.veille.model.Digest;
import dev.veille.publish.RandomDigests.Shape;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.Test;

/**
 * Properties of writing and reading over many random digests. Plain JUnit with seeded generators (not a
 * property-testing library): each failure names its seed, and {@link RandomDigests#digest} rebuilds that case.
 */
class RoundTripPropertiesTest {

    private static final int CASES = 1_000;

    private final MarkdownWriter writer = new MarkdownWriter();
    private final DigestMarkdownReader reader = new DigestMarkdownReader();

    @Test
    void readingAnExportGivesTheDigestBack() {
        forEachSeed(seed -> {
            Digest digest = RandomDigests.digest(seed, Shape.UNAMBIGUOUS);
            String post = writer.write(digest);

            ImportedDigest read = reader.read(post);

            assertEquals(DigestContent.of(digest), read, () -> failure(seed, "read(write(d)) differs", post));
        });
    }

    @Test
    void writeReadWriteIsAFixedPoint() {
        forEachSeed(seed -> {
            String post = writer.write(RandomDigests.digest(seed, Shape.WITHIN_FORMAT));

            ImportedDigest read = reader.read(post);
            String rewritten = writer.write(DigestContent.toDigest(read));

            assertEquals(post, rewritten, () -> failure(seed, "write(read(write(d))) differs", post));
            assertTrue(read.warnings().isEmpty(), () -> failure(seed, "warnings " + read.warnings(), post));
        });
    }

    @Test
    void writtenPostsAreCleanText() {
        forEachSeed(seed -> {
            Digest digest = RandomDigests.digest(seed, Shape.WILD);
            String post = writer.write(digest);

            assertFalse(post.contains("\r"), () -> failure(seed, "a \\r in the post", post));
            assertTrue(post.endsWith("\n") && !post.endsWith("\n\n"), () -> failure(seed, "not one final newline",
                    post));
            for (String line : post.split("\n", -1)) {
                assertFalse(line.endsWith(" ") || line.endsWith("\t"),
                        () -> failure(seed, "trailing whitespace on '" + line + "'", post));
            }
            assertEquals(post, writer.write(digest), () -> failure(seed, "two writes differ", post));
        });
    }

    @Test
    void readingNeverFailsOnAnyPost() {
        forEachSeed(seed -> {
            String post = writer.write(RandomDigests.digest(seed, Shape.WILD));
            try {
                reader.read(post);
                reader.read(post.replace("\n", "\r\n"));
                reader.read(post.substring(0, post.length() / 2));
            } catch (RuntimeException e) {
                fail(failure(seed, "read threw " + e, post), e);
            }
        });
    }

    private static void forEachSeed(LongConsumer check) {
        for (long seed = 0; seed < CASES; seed++) {
            check.accept(seed);
        }
    }

    private static String failure(long seed, String what, String post) {
        return "(seed " + seed + ") " + what + "\n--- post ---\n" + post + "--- end ---";
    }
}
